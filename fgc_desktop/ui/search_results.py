"""Search results as a Qt table: the conference, where the words were found, and a snippet with
them in bold. Ranked off the GUI thread; each page's snippets are read as the table scrolls."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fgc_desktop.domain.search import SearchHit
from fgc_desktop.services import search
from fgc_desktop.services.search import SearchResult
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.translation import tr, tr_noop

Index = QModelIndex | QPersistentModelIndex
HEADERS = (tr_noop("Reference"), tr_noop("Family"), tr_noop("Found in"), tr_noop("What was found"))
PAGE = 50
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 2


class SearchResultsModel(QAbstractTableModel):
    """The conferences a search found, best first, taken in a page at a time."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._result = SearchResult("")
        self._hits: list[SearchHit] = []
        self._next = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Results taken in so far."""
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reference, family, where found, snippet."""
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while ranked conferences remain to show."""
        return not parent.isValid() and self._next < len(self._result)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Read the snippets of the next page of results."""
        if not self.canFetchMore(parent):
            return
        hits = search.hits(self._store, self._result, self._next, PAGE)
        self._next += PAGE
        if hits:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
            self._hits += hits
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A result's cells; the snippet also as HTML with the found words in bold."""
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        texts = (hit.reference, hit.family_name, hit.field_label, hit.snippet)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.family_name} ({tr(hit.stage.label)}) – {hit.field_label}:\n{hit.snippet}"
        if role == SnippetHtmlRole and index.column() == 3:
            return _marked(hit)
        return None

    def show(self, result: SearchResult) -> None:
        """Show a new result from its first page."""
        self.beginResetModel()
        self._result = result
        self._hits = []
        self._next = 0
        self.endResetModel()
        self.fetchMore()

    def hit(self, row: int) -> SearchHit:
        """The result in a row."""
        return self._hits[row]

    @property
    def result(self) -> SearchResult:
        """The result shown."""
        return self._result


def _marked(hit: SearchHit) -> str:
    parts, at = [], 0
    for start, end in hit.marks:
        parts.append(html.escape(hit.snippet[at:start]))
        parts.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        at = end
    parts.append(html.escape(hit.snippet[at:]))
    return "".join(parts)


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet's HTML (found words in bold) on one line, in the view's own colours."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell's background as usual, then the marked-up text."""
        marked = index.data(SnippetHtmlRole)
        if marked is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = QTextDocument()
        document.setDefaultFont(item.font)
        document.setDocumentMargin(0)
        document.setHtml(f"<span style='white-space: pre'>{marked}</span>")
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        colour = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(colour))
        # The same inset as the text of the other cells.
        inset = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        painter.save()
        painter.translate(
            area.left() + inset, area.top() + (area.height() - document.size().height()) / 2
        )
        painter.setClipRect(QRectF(0, 0, area.width() - inset, area.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
