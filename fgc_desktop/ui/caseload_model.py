"""The caseload as a Qt table: reference, family, stage and what is due next.

At 20,000 conferences only the ids are read up front (a few milliseconds); rows come into the
model a page at a time as the list scrolls (canFetchMore/fetchMore), and each page's details
are read from the store only when first shown.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.readable_colours import in_views
from fgc_desktop.ui.translation import tr, tr_date, tr_noop

Index = QModelIndex | QPersistentModelIndex
HEADERS = (tr_noop("Reference"), tr_noop("Family"), tr_noop("Stage"), tr_noop("Next date"))
_OVERDUE = QBrush(QColor("#a4000f"))
ConferenceIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200


class CaseloadModel(QAbstractTableModel):
    """Every conference matching the filter text and stage, fetched a page at a time."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ""
        self._stage: Stage | None = None
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._fetched = 0
        self._pages: dict[int, list[CaseloadEntry | None]] = {}
        self.today = date.today()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of conferences fetched into the list so far."""
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reference, family, stage, next date."""
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while more conferences match than the list holds yet."""
        return not parent.isValid() and self._fetched < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Bring the next page of conferences into the list."""
        if parent.isValid():
            return
        self.fetch_through(self._fetched + PAGE - 1)

    def fetch_through(self, row: int) -> None:
        """Make sure the list holds every row up to row (details are still read when shown)."""
        last = min(row, len(self._ids) - 1)
        if last < self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, last)
        self._fetched = last + 1
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text; overdue dates say so in words as well as in red."""
        if not index.isValid() or index.row() >= self._fetched:
            return None
        if role == ConferenceIdRole:
            return self._ids[index.row()]
        entry = self._entry(index.row())
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return in_views(_OVERDUE) if self._is_overdue(entry) else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and entry.next_date:
            wording = (
                tr("{event} overdue on {date}")
                if self._is_overdue(entry)
                else tr("{event} due on {date}")
            )
            return wording.format(
                event=tr(entry.next_event), date=tr_date(entry.next_date, "%A %d %B %Y")
            )
        return None

    def _entry(self, row: int) -> CaseloadEntry | None:
        page = row // PAGE
        if page not in self._pages:
            try:
                self._pages[page] = self._read_page(self._ids, page)
            except StoreError:
                # Painting cannot stop for an error; the store's health check reports the damage.
                self._pages[page] = [None] * len(self._ids[page * PAGE : (page + 1) * PAGE])
        return self._pages[page][row % PAGE]

    def _read_page(self, ids: list[str], page: int) -> list[CaseloadEntry | None]:
        chosen = ids[page * PAGE : (page + 1) * PAGE]
        found = {e.conference_id: e for e in caseload.entries(self._store, chosen)}
        # A conference removed since the ids were read shows as an empty row until reload.
        return [found.get(conference_id) for conference_id in chosen]

    def _text(self, entry: CaseloadEntry, column: int) -> str:
        if column == 0:
            return entry.reference
        if column == 1:
            return entry.family_name
        if column == 2:
            return tr(entry.stage.label)
        if entry.next_date is None:
            return (
                tr("{event} – no date").format(event=tr(entry.next_event))
                if entry.next_event
                else ""
            )
        text = f"{entry.next_date.isoformat()} · {tr(entry.next_event)}"
        return tr("⚠ overdue · {text}").format(text=text) if self._is_overdue(entry) else text

    def _is_overdue(self, entry: CaseloadEntry) -> bool:
        return entry.next_date is not None and entry.next_date < self.today

    @property
    def filter_text(self) -> str:
        """The text the list is filtered by."""
        return self._filter

    @property
    def stage(self) -> Stage | None:
        """The stage the list is limited to, or None for every stage."""
        return self._stage

    @property
    def total(self) -> int:
        """How many conferences match, fetched into the list or not."""
        return len(self._ids)

    def show_stage(self, stage: Stage | None) -> None:
        """List only the conferences at one stage (None: every stage)."""
        self._stage = stage
        self.refresh()

    def refresh(self, text: str | None = None) -> None:
        """Reload from the store, optionally with a new filter text."""
        if text is not None:
            self._filter = text
        ids = caseload.conference_ids(self._store, self._filter, self._stage)
        # The first page is read here, so a list the store cannot give fails where the caller
        # can say so, not later while painting.
        first = self._read_page(ids, 0) if ids else []
        self.beginResetModel()
        self._ids = ids
        self._rows = {conference_id: row for row, conference_id in enumerate(ids)}
        self._pages = {0: first}
        self._fetched = min(PAGE, len(ids))
        self.endResetModel()

    def row_of(self, conference_id: str) -> int | None:
        """The row of a conference (fetching the list down to it), or None when filtered out."""
        row = self._rows.get(conference_id)
        if row is not None:
            self.fetch_through(row)
        return row

    def conference_id(self, row: int) -> str:
        """The id of the conference in a row."""
        return self._ids[row]
