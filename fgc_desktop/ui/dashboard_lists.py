"""The dashboard's lists as Qt tables: this week, reviews due, withdrawn consent.

Their rows are read whole off the GUI thread; the tables take them in a page at a time as they
scroll, so a caseload of thousands never lays out thousands of rows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fgc_desktop.domain.dashboard import (
    ConferenceRef,
    MeetingThisWeek,
    ReviewDue,
    WithdrawnConsent,
    day_label,
    is_late,
    lateness,
)
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.readable_colours import in_views
from fgc_desktop.ui.translation import tr, tr_date, tr_words

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
PAGE = 100
LATE = QBrush(QColor("#a4000f"))
SOON = QBrush(QColor("#8a4b00"))
# Days ahead that a date is shown as coming up soon, in amber.
SOON_DAYS = 7


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its title, a row's text in it, and (for dates) how urgent it is."""

    title: str
    text: Callable[[Row, date], str]
    urgency: Callable[[Row, date], QBrush | None] | None = None


class DashboardList(QAbstractTableModel, Generic[Row]):
    """Rows of one dashboard list; each row names the conference it opens."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._fetched = 0
        self.today = date.today()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows taken in so far."""
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while rows remain to take in."""
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Take in the next page of rows."""
        if parent.isValid() or not self.canFetchMore():
            return
        last = min(self._fetched + PAGE, len(self._rows)) - 1
        self.beginInsertRows(QModelIndex(), self._fetched, last)
        self._fetched = last + 1
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        titles = [column.title for column in self._columns]
        return column_title(titles, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text (also for tooltips and screen readers) and the colour of late dates."""
        if not index.isValid() or index.row() >= self._fetched:
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return column.text(row, self.today)
        if role == Qt.ItemDataRole.ForegroundRole and column.urgency is not None:
            return in_views(column.urgency(row, self.today))
        return None

    def set_rows(self, rows: Sequence[Row], today: date) -> None:
        """Show new rows, as of today."""
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self._fetched = min(PAGE, len(self._rows))
        self.endResetModel()

    def row(self, number: int) -> Row:
        """The row shown at a number."""
        return self._rows[number]

    @property
    def total(self) -> int:
        """How many rows there are, taken in or not."""
        return len(self._rows)


def _conference(ref: ConferenceRef) -> str:
    return f"{ref.family_name} · {ref.reference}"


def _urgency(due: date, today: date) -> QBrush | None:
    if is_late(due, today):
        return LATE
    return SOON if (due - today).days <= SOON_DAYS else None


def _in_words(due: date, today: date) -> str:
    words = tr_words(lateness(due, today))
    return f"⚠ {words}" if is_late(due, today) else words


def meetings_list(parent: QObject | None = None) -> DashboardList[MeetingThisWeek]:
    """Conference days and review meetings this week."""
    return DashboardList(
        [
            Column(
                tr("Day"),
                lambda m, today: (
                    f"{tr_words(day_label(m.on, today))} {tr_date(m.on, '%d %b')}"
                    + (f", {m.starts_at}" if m.starts_at else "")
                ),
            ),
            Column(tr("Meeting"), lambda m, _today: tr(m.meeting.label)),
            Column(tr("Conference"), lambda m, _today: _conference(m.conference)),
        ],
        parent,
    )


def reviews_list(parent: QObject | None = None) -> DashboardList[ReviewDue]:
    """Reviews due and overdue, soonest first."""
    return DashboardList(
        [
            Column(
                tr("Review"),
                lambda r, today: f"{_in_words(r.due_on, today)} ({tr_date(r.due_on, '%d %b %Y')})",
                lambda r, today: _urgency(r.due_on, today),
            ),
            Column(tr("Conference"), lambda r, _today: _conference(r.conference)),
            Column(
                tr("Meeting"),
                lambda r, _today: (
                    tr("Booked for {day}").format(day=tr_date(r.booked_on, "%a %d %b"))
                    if r.booked_on
                    else tr("Not booked yet")
                ),
            ),
        ],
        parent,
    )


def withdrawn_list(parent: QObject | None = None) -> DashboardList[WithdrawnConsent]:
    """Conferences whose family withdrew consent."""
    return DashboardList(
        [
            Column(
                tr("Withdrawn"),
                lambda w, _today: tr_date(w.withdrawn_on, "%d %b %Y") if w.withdrawn_on else "",
            ),
            Column(tr("Conference"), lambda w, _today: _conference(w.conference)),
            Column(tr("Why"), lambda w, _today: " ".join(w.reason.split())),
        ],
        parent,
    )
