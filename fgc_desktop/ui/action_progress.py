"""How each agreed action is going: a table of the reviewed version's actions with their status,
and under it the selected action in full with a status to choose and a note to write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Action
from fgc_desktop.domain.review import (
    ACTION_PROGRESS_FIELDS,
    ActionStatus,
    Review,
    reviewed_plan,
)
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import review as reviews
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.readable_colours import in_views
from fgc_desktop.ui.record_table_model import Index, RecordTableModel
from fgc_desktop.ui.translation import tr, tr_noop

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_HINT_STYLE = "color: #555555;"
# Each status in its own colour, so a glance down the column shows how the plan is going.
STATUS_COLOURS = {
    ActionStatus.NOT_REVIEWED: "#7a7a7a",
    ActionStatus.DONE: "#1e6b2e",
    ActionStatus.IN_PROGRESS: "#8a5a00",
    ActionStatus.NOT_DONE: "#a4000f",
    ActionStatus.NO_LONGER_NEEDED: "#4f5b66",
    ActionStatus.CHANGED: "#1f4e8c",
}
_STATUS_COLUMN = 4


@dataclass(frozen=True)
class ActionReview:
    """One row: an action of the reviewed version and what the review says of it."""

    number: int
    action: Action
    status: ActionStatus
    note: str

    @property
    def id(self) -> str:
        """The action's id, so a row is found again after a save."""
        return self.action.id


def action_reviews(conference: Conference, review: Review) -> list[ActionReview]:
    """Every action of the version a review looks at, in the plan's order."""
    plan = reviewed_plan(conference, review)
    rows = []
    for number, action in enumerate(plan.actions if plan is not None else [], start=1):
        progress = review.progress_of(action.id)
        rows.append(
            ActionReview(
                number,
                action,
                progress.status if progress is not None else ActionStatus.NOT_REVIEWED,
                progress.note if progress is not None else "",
            )
        )
    return rows


_COLUMNS: tuple[tuple[str, Callable[[ActionReview], str]], ...] = (
    ("", lambda row: str(row.number)),
    (tr_noop("What was agreed"), lambda row: row.action.what),
    (tr_noop("Who"), lambda row: row.action.who),
    (tr_noop("By when"), lambda row: format_date(row.action.by_when)),
    (tr_noop("How it is going"), lambda row: tr(row.status.label)),
    (tr_noop("Note"), lambda row: row.note),
)


class ActionProgressModel(RecordTableModel[ActionReview]):
    """The reviewed actions; the status column is coloured by status, and bold once given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text as the record table gives it, with colour and weight for the status."""
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if index.column() == _STATUS_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return in_views(QColor(STATUS_COLOURS[self.record(index.row()).status]))
        if index.column() == _STATUS_COLUMN and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(self.record(index.row()).status is not ActionStatus.NOT_REVIEWED)
            return font
        return super().data(index, role)


class ActionProgressPanel(QWidget):
    """The table of actions, and the selected one's status and note, saved as they are made."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._review: Review | None = None
        self._shown_id: str | None = None
        self._showing = False
        self.read_only = False
        self.model = ActionProgressModel(self)
        self.table = self._build_table()
        self.empty_note = QLabel(tr("The reviewed version of the plan has no actions."))
        self.empty_note.setStyleSheet(_HINT_STYLE)
        self.action_text = QLabel()
        self.action_text.setObjectName("reviewed_action")
        self.action_text.setWordWrap(True)
        self.action_text.setTextFormat(Qt.TextFormat.RichText)
        self.action_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        self.status.setObjectName("action_status")
        self.status.setAccessibleName(tr("How this action is going"))
        for status in ActionStatus:
            self.status.addItem(tr(status.label), status)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.note_form = FieldForm(
            ACTION_PROGRESS_FIELDS.values(), self._save_note, name_prefix=tr("Review: ")
        )
        self.note_form.saved.connect(self.saved.emit)
        # The status first, then the note that explains it, in one form so the labels line up.
        form_layout = self.note_form.layout()
        assert isinstance(form_layout, QFormLayout)
        caption = QLabel(tr("How it is going:"))
        caption.setBuddy(self.status)
        form_layout.insertRow(0, caption, self.status)
        self.message = QLabel()
        self.message.setObjectName("action_progress_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.details = QGroupBox(tr("Selected action"))
        details = QVBoxLayout(self.details)
        details.addWidget(self.action_text)
        details.addWidget(self.note_form)
        details.addWidget(self.message)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_note)
        column.addWidget(self.table)
        column.addWidget(self.details)

    def _build_table(self) -> QTableView:
        table = list_table(
            self.model, tr("Actions of the reviewed plan"), rows_shown=7, parent=self
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def show_review(self, conference: Conference, review: Review, *, fresh: bool = False) -> None:
        """Show a review's actions, keeping the selected one when it is still there."""
        kept = None if fresh else self.selected_id()
        self._conference, self._review = conference, review
        rows = action_reviews(conference, review)
        self.model.set_records(rows)
        self._fit_columns()
        row = self.model.row_of(kept) if kept else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._fit_height(len(rows))
        self.empty_note.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.details.setVisible(bool(rows))
        self._show_selected(fresh=fresh or self.selected_id() != kept)
        if fresh:
            self._show_message("")

    def set_read_only(self, read_only: bool) -> None:
        """Lock the statuses and notes of a review that has ended."""
        self.read_only = read_only
        self.status.setEnabled(not read_only)
        self.note_form.set_read_only(read_only)

    def selected(self) -> ActionReview | None:
        """The selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        """The id of the selected action, or None."""
        row = self.selected()
        return row.id if row is not None else None

    def select_action(self, action_id: str) -> None:
        """Select one action's row."""
        row = self.model.row_of(action_id)
        if row is not None:
            self.table.selectRow(row)

    def commit_pending(self) -> None:
        """Save a note typed but not yet stored."""
        self.note_form.commit_pending()

    def _fit_columns(self) -> None:
        limit = self.table.fontMetrics().horizontalAdvance("M" * 18)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))

    def _fit_height(self, rows: int) -> None:
        # As tall as its rows (a few at least, eight at most; more scroll), not a fixed block.
        shown = min(max(rows, 3), 8)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(0)
        self.table.setFixedHeight(shown * row_height + header + frame + 2)

    def _selection_changed(self) -> None:
        if self.selected_id() != self._shown_id:
            self._show_selected(fresh=True)

    def _show_selected(self, *, fresh: bool) -> None:
        row = self.selected()
        self._shown_id = row.id if row is not None else None
        if fresh:
            self.note_form.reset()
        self.note_form.set_values({"note": row.note if row is not None else ""})
        self._showing = True
        status = row.status if row is not None else ActionStatus.NOT_REVIEWED
        self.status.setCurrentIndex(self.status.findData(status))
        self._showing = False
        self.action_text.setText(_described(row) if row is not None else "")
        self.details.setTitle(
            tr("Action {number}").format(number=row.number)
            if row is not None
            else tr("Selected action")
        )

    def _status_chosen(self) -> None:
        row, conference, review = self.selected(), self._conference, self._review
        if self._showing or row is None or conference is None or review is None:
            return
        status = self.status.currentData()
        result = attempt_edit(
            self,
            lambda: reviews.set_action_status(
                self._store, conference.id, review.id, row.id, status
            ),
            self._show_message,
        )
        if result is None:
            # Refused or not stored: show what is stored, not what was chosen.
            self._showing = True
            self.status.setCurrentIndex(self.status.findData(row.status))
            self._showing = False
            return
        self.saved.emit(result)

    def _save_note(self, key: str, text: str) -> Conference:
        row, conference, review = self.selected(), self._conference, self._review
        assert row is not None and conference is not None and review is not None
        return reviews.edit_action_note(self._store, conference.id, review.id, row.id, text)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _described(row: ActionReview) -> str:
    """The action in full as agreed: what, then who, by when and how they will know."""
    action = row.action
    parts = [f"<b>{_html(action.what)}</b>"]
    for label, value in (
        (tr("Who"), action.who),
        (tr("By when"), format_date(action.by_when)),
        (tr("Support needed"), action.support),
        (tr("How we will know it is working"), action.how_we_know),
    ):
        if value.strip():
            parts.append(f"<span style='{_HINT_STYLE}'>{label}:</span> {_html(value)}")
    return "<br>".join(parts)


def _html(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")
