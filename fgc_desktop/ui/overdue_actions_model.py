"""Overdue actions as a Qt tree: each person responsible, and their actions under them.

People come into the tree a page at a time as it scrolls (canFetchMore/fetchMore).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from fgc_desktop.domain.dashboard import OverdueAction, PersonsActions, lateness
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.dashboard_lists import LATE
from fgc_desktop.ui.readable_colours import in_views
from fgc_desktop.ui.translation import tr, tr_date, tr_noop, tr_words

Index = QModelIndex | QPersistentModelIndex
HEADERS = (tr_noop("Person and action"), tr_noop("Due"), tr_noop("Conference"))
PAGE = 50
# Internal id of a person's row; an action's row carries its person's row number + 1.
_PERSON = 0


class OverdueActionsModel(QAbstractItemModel):
    """People with overdue actions (top level) and the actions (their children)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[PersonsActions] = []
        self._fetched = 0
        self.today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a person (no parent) or of one of their actions."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _PERSON)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """A person has no parent; an action's parent is its person."""
        if not child.isValid() or child.internalId() == _PERSON:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _PERSON)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """People taken in so far, or a person's actions."""
        if not parent.isValid():
            return self._fetched
        if parent.internalId() == _PERSON and parent.column() == 0:
            return len(self._groups[parent.row()].actions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Person or action, due, conference."""
        return len(HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while people remain to take in."""
        return not parent.isValid() and self._fetched < len(self._groups)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Take in the next page of people."""
        if not self.canFetchMore(parent):
            return
        last = min(self._fetched + PAGE, len(self._groups)) - 1
        self.beginInsertRows(QModelIndex(), self._fetched, last)
        self._fetched = last + 1
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A person with how many actions are late, or an action with how late it is."""
        if not index.isValid():
            return None
        if index.internalId() == _PERSON:
            return self._person_data(self._groups[index.row()], index.column(), role)
        action = self._groups[index.internalId() - 1].actions[index.row()]
        return self._action_data(action, index.column(), role)

    def _person_data(self, group: PersonsActions, column: int, role: int) -> Any:
        count = len(group.actions)
        text = (
            tr("{person} · {count} overdue").format(person=group.person, count=count)
            if column == 0
            else ""
        )
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return (
                tr("{person}: 1 action overdue")
                if count == 1
                else tr("{person}: {count} actions overdue")
            ).format(person=group.person, count=count)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text or None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold
        return None

    def _action_data(self, action: OverdueAction, column: int, role: int) -> Any:
        texts = (
            " ".join(action.what.split()),
            f"⚠ {tr_words(lateness(action.by_when, self.today))}",
            f"{action.conference.family_name} · {action.conference.reference}",
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{what}\nBy {when}, {who}\nAt the last review: {status}").format(
                what=action.what,
                when=tr_date(action.by_when, "%A %d %B %Y"),
                who=action.who or tr("no one named"),
                status=action.status.label,
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return in_views(LATE)
        return None

    def set_groups(self, groups: Sequence[PersonsActions], today: date) -> None:
        """Show new overdue actions, as of today."""
        self.beginResetModel()
        self._groups = list(groups)
        self.today = today
        self._fetched = min(PAGE, len(self._groups))
        self.endResetModel()

    def action(self, index: Index) -> OverdueAction | None:
        """The action at an index, or None for a person's row."""
        if not index.isValid() or index.internalId() == _PERSON:
            return None
        return self._groups[index.internalId() - 1].actions[index.row()]

    @property
    def people(self) -> int:
        """How many people have overdue actions, taken in or not."""
        return len(self._groups)
