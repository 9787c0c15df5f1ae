"""Who gets a copy of the plan, whether they have had it (when, how, large print), and the way
to preview, print and save each person's copy."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import CopyGiven, CopyMethod, Plan
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import plan_copies
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.plan_copies_preview import CopiesPreview
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_error, tr_noop, tr_steps

Index = QModelIndex | QPersistentModelIndex
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_NOTICE_STYLE = "background: #eef3fb; border: 1px solid #8aa4cc; border-radius: 4px; padding: 6px;"
_HEADERS = (
    tr_noop("Gets a copy"),
    tr_noop("Role"),
    tr_noop("At the conference"),
    tr_noop("Their copy"),
)


def copy_status(copy: CopyGiven | None) -> str:
    """What the table says about one person's copy."""
    if copy is None:
        return tr("○ Not given yet")
    large = tr(", large print") if copy.large_print else ""
    return f"✓ {copy.given_on.isoformat()} · {tr(copy.method.label)}{large}"


def last_copy(plan: Plan | None, person_id: str) -> CopyGiven | None:
    """The latest record of a person getting their copy of this plan version."""
    if plan is None:
        return None
    given = [c for c in plan.copies if c.person_id == person_id]
    return max(given, key=lambda c: c.given_on, default=None)


class DistributionModel(QAbstractTableModel):
    """Everyone in the network, ticked when they are on the plan's distribution list."""

    tick_changed = Signal(str, bool)  # person id, now ticked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._plan: Plan | None = None
        self._editable = False

    def set_conference(self, conference: Conference) -> None:
        self.beginResetModel()
        self._people = list(conference.people)
        self._plan = conference.plan
        self._editable = conference.plan is not None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def person(self, row: int) -> Person:
        return self._people[row]

    def row_of(self, person_id: str) -> int | None:
        return next((r for r, p in enumerate(self._people) if p.id == person_id), None)

    def is_recipient(self, person_id: str) -> bool:
        return self._plan is not None and person_id in self._plan.recipients

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            ticked = self.is_recipient(person.id)
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if column == 0:
                return person.name
            if column == 1:
                return tr(person.role.label)
            if column == 2:
                return tr(person.attendance.label)
            if not self.is_recipient(person.id):
                copy = last_copy(self._plan, person.id)
                return copy_status(copy) if copy is not None else "—"
            return copy_status(last_copy(self._plan, person.id))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._editable
        ):
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        person = self._people[index.row()]
        if ticked == self.is_recipient(person.id):
            return False
        # The store decides; the new list comes back through set_conference.
        self.tick_changed.emit(person.id, ticked)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(_HEADERS, section, orientation, role)


class DistributionSection(QWidget):
    """Tick who gets a copy, record who has had theirs, and preview or print the copies."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self.preview: CopiesPreview | None = None
        self.notice = QLabel()
        self.notice.setObjectName("distribution_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(_NOTICE_STYLE)
        self.suggest_button = QPushButton(tr("Tick everyone who took part"))
        self.suggest_button.setObjectName("suggest_recipients")
        self.suggest_button.clicked.connect(self.tick_everyone_who_took_part)
        self.model = DistributionModel(self)
        self.model.tick_changed.connect(self._tick_changed)
        self.table = QTableView()
        self.table.setObjectName("distribution_table")
        self.table.setAccessibleName(tr("Distribution list"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the list
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.given_on = QLineEdit()
        self.given_on.setObjectName("given_on")
        self.given_on.setAccessibleName(tr("Given on"))
        self.given_on.setPlaceholderText(tr("e.g. 2026-03-31"))
        self.given_on.setText(date.today().isoformat())
        self.given_on.setMaximumWidth(self.given_on.fontMetrics().horizontalAdvance("M" * 10))
        self.method = QComboBox()
        self.method.setAccessibleName(tr("How it was given"))
        for method in CopyMethod:
            self.method.addItem(tr(method.label), method)
        self.record_button = QPushButton(tr("Record as given"))
        self.record_button.setObjectName("record_copy")
        self.record_button.setToolTip(
            tr("Keep the record that the selected people have their copy")
        )
        self.record_button.clicked.connect(self.record_given)
        self.large_print = QCheckBox(tr("Large print copies"))
        self.large_print.setObjectName("large_print")
        self.large_print.setToolTip(
            tr("Preview, print and record the copies in large print, for people who need it")
        )
        self.preview_button = QPushButton(tr("Preview and print copies…"))
        self.preview_button.setObjectName("preview_copies")
        self.preview_button.clicked.connect(self.preview_copies)
        self.message = QLabel()
        self.message.setObjectName("distribution_message")
        self.message.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.suggest_button)
        print_row = QHBoxLayout()
        print_row.addWidget(self.preview_button)
        print_row.addWidget(self.large_print)
        print_row.addStretch(1)
        record_row = QHBoxLayout()
        given_label = QLabel(tr("The people selected above got their copy on"))
        given_label.setBuddy(self.given_on)
        record_row.addWidget(given_label)
        record_row.addWidget(self.given_on)
        record_row.addWidget(self.method)
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(notice_row)
        layout.addWidget(self.table)
        layout.addLayout(print_row)
        layout.addLayout(record_row)
        layout.addWidget(self.message)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        self._conference = conference
        selected = self.selected_ids()
        self.model.set_conference(conference)
        self._fit_table()
        self.select_ids(selected)
        plan = conference.plan
        if fresh:
            self._show_message("")
            self.given_on.setText(date.today().isoformat())
        recipients = plan.recipients if plan is not None else []
        took_part = [p for p in conference.people if p.attendance.took_part]
        if plan is None:
            text = tr("Start the plan to choose who gets a copy.")
        elif not recipients:
            text = tr("No one is on the distribution list yet. Tick who gets a copy of the plan.")
        else:
            given = sum(1 for pid in recipients if last_copy(plan, pid) is not None)
            text = (
                (
                    tr(
                        "{listed} on the distribution list · {given} have their copy of "
                        "version {version}."
                    )
                    if given != 1
                    else tr(
                        "{listed} on the distribution list · 1 has their copy of version {version}."
                    )
                ).format(listed=len(recipients), given=given, version=plan.version)
                + " "
                + tr("Each copy leaves out what that person may not see.")
            )
        self.notice.setText(text)
        missing = [p for p in took_part if p.id not in recipients]
        self.suggest_button.setVisible(plan is not None and bool(missing))
        self.suggest_button.setText(
            tr("Tick everyone who took part")
            + (
                tr(" ({count_missing} more)").format(count_missing=len(missing))
                if recipients and missing
                else ""
            )
        )
        self._update_buttons()

    def _fit_table(self) -> None:
        rows = max(self.model.rowCount(), 3)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(min(height, 420))

    def selected_ids(self) -> list[str]:
        """The people whose rows are selected."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.person(r).id for r in rows if r < self.model.rowCount()]

    def select_ids(self, person_ids: list[str]) -> None:
        """Select these people's rows (as a coordinator does with Ctrl+click)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for person_id in person_ids:
            row = self.model.row_of(person_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def tick(self, person_id: str, ticked: bool = True) -> None:
        """Tick or untick a person as a click on their box does."""
        row = self.model.row_of(person_id)
        assert row is not None
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def _recipients(self) -> list[str]:
        plan = self._conference.plan if self._conference is not None else None
        return list(plan.recipients) if plan is not None else []

    def _tick_changed(self, person_id: str, ticked: bool) -> None:
        recipients = [pid for pid in self._recipients() if pid != person_id]
        if ticked:
            recipients.append(person_id)
        self._set_distribution(recipients)

    def tick_everyone_who_took_part(self) -> None:
        """The usual list: everyone who was at the conference, in person or remotely."""
        if self._conference is None:
            return
        recipients = self._recipients()
        recipients += [
            p.id
            for p in self._conference.people
            if p.attendance.took_part and p.id not in recipients
        ]
        self._set_distribution(recipients)

    def _set_distribution(self, recipients: list[str]) -> None:
        conference = self._conference
        if conference is None:
            return
        try:
            result = plan_copies.set_distribution(self._store, conference.id, recipients)
        except (ValidationError, StageBlocked) as error:
            self._show_message(_reason(error), error=True)
            self.show_conference(conference)
        except StoreError as error:
            self.show_conference(conference)
            show_store_problem(self.window(), error)
        else:
            self._show_message("")
            self.saved.emit(result)

    def record_given(self) -> None:
        """Record that each selected person on the list has had their copy."""
        conference = self._conference
        if conference is None:
            return
        chosen = [pid for pid in self.selected_ids() if pid in self._recipients()]
        if not chosen:
            self._show_message(tr("Select who got their copy in the list first."), error=True)
            return
        result = None
        try:
            for person_id in chosen:
                result = plan_copies.record_copy_given(
                    self._store,
                    conference.id,
                    person_id,
                    self.given_on.text(),
                    self.method.currentData(),
                    large_print=self.large_print.isChecked(),
                )
        except (ValidationError, StageBlocked) as error:
            self._show_message(_reason(error), error=True)
        except StoreError as error:
            show_store_problem(self.window(), error)
        if result is not None:
            if not self.message.text().startswith("⚠"):
                count = len(chosen)
                large = self.large_print.isChecked()
                if count == 1:
                    text = (
                        tr("Recorded: 1 large print copy given.")
                        if large
                        else tr("Recorded: 1 copy given.")
                    )
                else:
                    text = (
                        tr("Recorded: {count} large print copies given.")
                        if large
                        else tr("Recorded: {count} copies given.")
                    ).format(count=count)
                self._show_message(text)
            self.saved.emit(result)

    def preview_copies(self) -> CopiesPreview | None:
        """Open the copies in the PDF preview, first the selected person's if any."""
        conference = self._conference
        if conference is None or not self._recipients():
            self._show_message(tr("Tick who gets a copy first."), error=True)
            return None
        first = next((pid for pid in self.selected_ids() if pid in self._recipients()), None)
        if self.preview is not None:
            self.preview.close()
        self.preview = CopiesPreview(
            self._store,
            conference.id,
            self,
            large_print=self.large_print.isChecked(),
            first=first,
        )
        self.preview.show()
        return self.preview

    def _update_buttons(self) -> None:
        recipients = self._recipients()
        self.record_button.setEnabled(any(pid in recipients for pid in self.selected_ids()))
        self.preview_button.setEnabled(bool(recipients))
        self.table.setEnabled(self._conference is not None and self._conference.plan is not None)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(f"⚠ {text}" if error and text else text)
        self.message.setStyleSheet(_ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))


def _reason(error: Exception) -> str:
    if isinstance(error, StageBlocked):
        return tr_steps(error.missing)
    return tr_error(error)
