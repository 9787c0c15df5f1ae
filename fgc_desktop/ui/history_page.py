"""The History tab: who changed what in a conference, when, and what it said before and after."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.audit_wording import EMPTY, HistoryLine
from fgc_desktop.domain.conference import Conference
from fgc_desktop.services import history
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.history_model import HistoryModel
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.translation import history_record, tr, tr_value, tr_words

_HINT_STYLE = "color: #555555;"
# Qt's rich text knows a little CSS: enough for a ruled table whose cells keep line breaks.
_DETAIL_CSS = """
th { background: #e3ecea; color: #2e5e5a; text-align: left; }
td, th { padding: 5px 8px; vertical-align: top; }
td.label { color: #555555; white-space: nowrap; }
td.text { white-space: pre-wrap; }
span.empty { color: #8a8a8a; font-style: italic; }
"""
_TYPING_PAUSE_MS = 250


class HistoryPage(QWidget):
    """Every recorded change to the open conference, newest first, with a filter and details."""

    saved = Signal(object)  # never: the history is read-only, but every page offers it

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference_id: str | None = None
        self._stale = True
        self.model = HistoryModel(store, self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of record to show"))
        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.find = QLineEdit()
        self.find.setPlaceholderText(
            tr("A name, a word that was typed, or a field such as Address")
        )
        self.find.setAccessibleName(tr("Find in the history"))
        self.find.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._filter_changed)
        self.find.textChanged.connect(self._typing.start)
        self.count = QLabel()
        self.count.setObjectName("history_count")
        self.count.setStyleSheet(_HINT_STYLE)
        self.table = list_table(self.model, tr("Changes to this conference, newest first"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 260)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QTextBrowser()
        self.detail.setObjectName("history_detail")
        self.detail.setAccessibleName(tr("The chosen change, before and after"))
        self.detail.setOpenLinks(False)
        self.detail.document().setDefaultStyleSheet(_DETAIL_CSS)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("&Show:"), buddy=self.kind))
        filters.addWidget(self.kind)
        filters.addSpacing(12)
        find_label = QLabel(tr("F&ind:"), buddy=self.find)  # Alt+F is the File menu
        filters.addWidget(find_label)
        filters.addWidget(self.find, 1)
        filters.addSpacing(12)
        filters.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        # Inside the page's scroll area the split needs room of its own to be worth reading.
        self.setMinimumHeight(460)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Follow a conference; its history is read when the page is in sight."""
        if fresh or conference.id != self._conference_id:
            self._conference_id = conference.id
            self._reset_filters()
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the history again from the newest entry, keeping the filter."""
        self._stale = False
        self._fill_kinds()
        chosen = history.trail_filter(self._chosen_kinds(), self.find.text())
        self.model.show_history(self._conference_id, chosen)
        total = self.model.total
        filtered = bool(self.find.text().strip() or self._chosen_kinds())
        self.count.setText(
            (
                (tr("1 change found") if filtered else tr("1 change"))
                if total == 1
                else (tr("{count:,} changes found") if filtered else tr("{count:,} changes"))
            ).format(count=total)
        )
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            empty = tr("No change matches.") if filtered else tr("No changes yet.")
            self.detail.setHtml(f"<p style='color:#555555'>{empty}</p>")

    def showEvent(self, event: QShowEvent) -> None:
        """Read the history once the page is shown, if it changed while hidden."""
        super().showEvent(event)
        if self._stale and self._conference_id is not None:
            self.reload()

    def _reset_filters(self) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.blockSignals(False)
        self.find.blockSignals(True)
        self.find.clear()
        self.find.blockSignals(False)

    def _fill_kinds(self) -> None:
        if self._conference_id is None:
            return
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("Every kind of record"), None)
        for table, label in history.record_kinds(self._store, self._conference_id):
            self.kind.addItem(tr(label), table)
        index = self.kind.findData(chosen) if chosen is not None else 0
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)

    def _chosen_kinds(self) -> tuple[str, ...]:
        table = self.kind.currentData()
        return (table,) if table else ()

    def _filter_changed(self) -> None:
        self._typing.stop()
        if self._conference_id is not None:
            self.reload()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.detail.setHtml(detail_html(self.model.line(rows[0].row())))

    def current_line(self) -> HistoryLine | None:
        """The change chosen in the list, or None."""
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None


def detail_html(line: HistoryLine) -> str:
    """A change in full: who and when, then each field with its text before and after."""
    head = (
        f"<p><b>{escape(tr_value(line.summary))}</b><br/><span style='color:#555555'>"
        + escape(
            tr("{record} · by {actor} on {when}").format(
                record=history_record(line.kind, line.title), actor=line.actor, when=line.when
            )
        )
        + "</span></p>"
    )
    if not line.fields:
        return head
    has_before = any(f.before for f in line.fields)
    has_after = any(f.after for f in line.fields)
    columns = [tr("Field")]
    if has_before:
        columns.append(tr("Before") if has_after else tr("What it held"))
    if has_after:
        columns.append(tr("After") if has_before else tr("What was recorded"))
    label_width = "20%" if len(columns) == 3 else "30%"
    rows = [
        "<tr>"
        + f"<th width='{label_width}'>{columns[0]}</th>"
        + "".join(f"<th>{name}</th>" for name in columns[1:])
        + "</tr>",
        *(
            "<tr>"
            + f"<td class='label'>{escape(tr(field.label))}</td>"
            + (f"<td class='text'>{_cell(field.before)}</td>" if has_before else "")
            + (f"<td class='text'>{_cell(field.after)}</td>" if has_after else "")
            + "</tr>"
            for field in line.fields
        ),
    ]
    return (
        head + "<table width='100%' cellspacing='0' border='1' style='border-color: #d4ccc0; "
        "border-style: solid;'>" + "".join(rows) + "</table>"
    )


def _cell(text: str) -> str:
    if not text or text == EMPTY:
        return f"<span class='empty'>{escape(tr_words(EMPTY))}</span>"
    return escape(tr_value(text))
