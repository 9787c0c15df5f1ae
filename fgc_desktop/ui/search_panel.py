"""Search results as they are typed: ranked off the GUI thread, shown best first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from fgc_desktop.domain.search import search_terms, worth_searching
from fgc_desktop.services import search
from fgc_desktop.services.search import SearchResult
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.latest_read import LatestRead
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.search_results import SearchResultsModel, SnippetDelegate
from fgc_desktop.ui.translation import tr, tr_error

_PROBLEM_STYLE = "color: #a4000f;"


class SearchPanel(QWidget):
    """What a search found; choosing a result emits `open_requested(conference id, page name)`."""

    open_requested = Signal(str, str)
    searched = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._reader: Store | None = None
        self._reads = LatestRead(self._interrupt, search.was_interrupted, self)
        self._reads.finished.connect(self._show)
        self._reads.failed.connect(self._failed)
        self.model = SearchResultsModel(store, self)
        self.status = QLabel()
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def _build_table(self) -> QTableView:
        table = list_table(self.model, tr("Search results"), parent=self)
        table.setItemDelegateForColumn(3, SnippetDelegate(table))
        metrics = table.fontMetrics()
        for column, sample in enumerate(
            ("FGC-2026-00000", "Al-Rashid family", "Reason for referral")
        ):
            table.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._chosen)
        table.clicked.connect(self._chosen)
        return table

    def search_for(self, text: str) -> None:
        """Search the caseload for text (an empty text or one letter only says what to type)."""
        terms = search_terms(text)
        if not terms:
            self._reads.request(lambda: SearchResult(text))
            return
        if not worth_searching(terms):
            self.model.show(SearchResult(text))
            self.status.setStyleSheet("")
            self.status.setText(tr("Keep typing: one letter would find most of the caseload."))
            return
        self.status.setStyleSheet("")
        self.status.setText(tr("Searching for “{text}”…").format(text=text.strip()))
        reader = self._open_reader()
        self._reads.request(lambda: search.rank(reader, text))

    @property
    def is_searching(self) -> bool:
        """True while a search runs in the background."""
        return self._reads.is_busy

    def close_reader(self) -> None:
        """Close the search's own connection (when the window closes)."""
        if self._reader is not None and self._reads.stop():
            self._reader.close()
            self._reader = None

    def open_first(self) -> None:
        """Open the best result, as Enter in the search field does."""
        if self.model.rowCount() > 0:
            self._chosen(self.model.index(0, 0))

    def _open_reader(self) -> Store:
        if self._reader is None:
            self._reader = search.open_reader(self._store)
        return self._reader

    def _interrupt(self) -> None:
        if self._reader is not None:
            search.interrupt(self._reader)

    def _show(self, result: SearchResult) -> None:
        self.model.show(result)
        self.status.setStyleSheet("")
        found = len(result)
        if not result.terms:
            self.status.setText("")
        elif found == 0:
            self.status.setText(
                tr(
                    "Nothing found for “{text}”. Every word must appear in the conference; "
                    "words are matched from their start."
                ).format(text=result.text.strip())
            )
        elif not result.complete:
            self.status.setText(
                tr(
                    "More than {count} conferences found: the {count} with the newest matching "
                    "text are listed, best match first. Add a word to narrow the search."
                ).format(count=f"{found:,}")
            )
        else:
            self.status.setText(
                tr("1 conference found. Choose it to open it.")
                if found == 1
                else tr(
                    "{count:,} conferences found, best match first. Choose one to open it."
                ).format(count=found)
            )
        if found:
            self.table.selectRow(0)
        self.searched.emit(result.text)

    def _failed(self, error: Exception) -> None:
        self.model.show(SearchResult(""))
        self.status.setStyleSheet(_PROBLEM_STYLE)
        self.status.setText(
            tr("⚠ The search could not be done: {error}").format(error=tr_error(error))
        )

    def _chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        self.open_requested.emit(hit.conference_id, hit.page)
