"""Home: search the whole caseload, conferences by stage, this week, and what is due or late.

Everything here is read off the GUI thread on a connection of its own, so the page never
holds up typing, even over 20,000 conferences. Each line opens the place to act on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.dashboard import Dashboard, Meeting
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import dashboard as home
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.dashboard_lists import (
    DashboardList,
    meetings_list,
    reviews_list,
    withdrawn_list,
)
from fgc_desktop.ui.latest_read import LatestRead
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.overdue_actions_model import OverdueActionsModel
from fgc_desktop.ui.readable_colours import muted_text
from fgc_desktop.ui.search_panel import SearchPanel
from fgc_desktop.ui.translation import tr, tr_date, tr_error
from fgc_desktop.ui.wrapping_row import WrappingRow

# Typing fast should not start a search for every letter.
SEARCH_DELAY_MS = 200
_STAGE_STYLE = """
QPushButton { border: 1px solid #b9c3cf; border-radius: 6px; padding: 6px 4px;
              background: #f5f8fb; color: #1d2b3a; }
QPushButton:hover { background: #e6eef7; }
QPushButton:focus { border: 2px solid #2f6db5; }
"""
_PROBLEM_STYLE = "color: #a4000f;"
_CONFERENCE_SAMPLE = "Al-Rashid family · FGC-2026-0001"


class DashboardPage(QWidget):
    """The app's home; emits `open_requested(conference id, page name)` and
    `stage_chosen(stage or None)` for the caseload to show."""

    open_requested = Signal(str, str)
    stage_chosen = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._store = store
        self._reader: Store | None = None
        self._stale = True
        self.today: date | None = None  # None: the real today; tests fix a day
        self.dashboard: Dashboard | None = None
        self._reads = LatestRead(self._interrupt, home.was_interrupted, self)
        self._reads.finished.connect(self._show)
        self._reads.failed.connect(self._failed)
        self.search = self._build_search_field()
        self.results = SearchPanel(store)
        self.results.open_requested.connect(self.open_requested.emit)
        self.pages = QStackedWidget()
        self.home = self._build_home()
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.results)
        search_label = QLabel(tr("&Search everything:"))
        search_label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.pages, 1)

    # Building.
    def _build_search_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("caseload_search")
        field.setAccessibleName(tr("Search the whole caseload"))
        field.setPlaceholderText(tr("Any name, reference or note, in any script…"))
        field.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        field.textChanged.connect(self._search_timer.start)
        field.returnPressed.connect(self._open_first)
        field.installEventFilter(self)
        return field

    def _build_home(self) -> QScrollArea:
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        self.heading.setWordWrap(True)
        self.stage_buttons = self._build_stage_buttons()
        self.week = meetings_list(self)
        self.reviews = reviews_list(self)
        self.withdrawn = withdrawn_list(self)
        self.actions = OverdueActionsModel(self)
        self.week_view = self._list_view(
            self.week,
            tr("This week"),
            self._week_chosen,
            ("Yesterday 30 Nov, 10:00", "Review meeting"),
        )
        self.reviews_view = self._list_view(
            self.reviews,
            tr("Reviews due and overdue"),
            self._review_chosen,
            ("⚠ 365 days overdue (30 Nov 2026)", _CONFERENCE_SAMPLE),
        )
        self.withdrawn_view = self._list_view(
            self.withdrawn,
            tr("Consent withdrawn"),
            self._withdrawn_chosen,
            ("30 Nov 2026", _CONFERENCE_SAMPLE),
        )
        self.actions_view = self._actions_view()
        self.week_box = _Section(self.week_view, tr("Nothing on this week."))
        self.reviews_box = _Section(self.reviews_view, tr("No reviews due in the next four weeks."))
        self.actions_box = _Section(self.actions_view, tr("No actions are overdue."))
        self.withdrawn_box = _Section(self.withdrawn_view, tr("No family has withdrawn consent."))
        strip = WrappingRow(list(self.stage_buttons.values()))  # two rows at a large font
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(strip)
        for box in (self.week_box, self.reviews_box, self.actions_box, self.withdrawn_box):
            layout.addWidget(box)
        layout.addStretch(1)
        area = QScrollArea()
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what Home lists, not its frame
        return area

    def _build_stage_buttons(self) -> dict[Stage | None, QPushButton]:
        buttons: dict[Stage | None, QPushButton] = {}
        for stage in (None, *Stage):
            button = QPushButton()
            # Named now, before the counts are read and the button's text is set.
            button.setAccessibleName(tr(stage.label) if stage else tr("All conferences"))
            button.setStyleSheet(_STAGE_STYLE)
            button.clicked.connect(lambda _checked=False, s=stage: self.stage_chosen.emit(s))
            buttons[stage] = button
        return buttons

    def _list_view(
        self,
        model: DashboardList,  # type: ignore[type-arg]
        name: str,
        chosen: Callable[[QModelIndex], None],
        samples: tuple[str, ...],
    ) -> QAbstractItemView:
        view = list_table(model, name, parent=self)
        _widths_from(view.horizontalHeader(), samples)
        view.activated.connect(chosen)
        view.clicked.connect(chosen)
        return view

    def _actions_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setModel(self.actions)
        view.setAccessibleName(tr("Actions overdue, by person responsible"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.expanded.connect(lambda _index: self.actions_box.fit())
        view.collapsed.connect(lambda _index: self.actions_box.fit())
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        _widths_from(header, ("", "⚠ 365 days overdue", _CONFERENCE_SAMPLE), first=1)
        view.activated.connect(self._action_chosen)
        view.clicked.connect(self._action_chosen)
        return view

    # Loading.
    def reload(self) -> None:
        """Read the dashboard again, off the GUI thread."""
        self._stale = False
        day = self.today or date.today()
        if self.dashboard is None:
            self.heading.setText(tr("Reading the caseload…"))
        reader = self._open_reader()
        self._reads.request(lambda: home.dashboard(reader, day))

    def mark_stale(self) -> None:
        """Something changed: read again next time the page is shown."""
        self._stale = True

    def reload_if_stale(self) -> None:
        """Read again if something changed since the last reading; search again too."""
        if self._stale:
            self.reload()
            if self.search.text().strip():
                self._search_now()

    @property
    def is_loading(self) -> bool:
        """True while the dashboard or a search is being read."""
        return self._reads.is_busy or self.results.is_searching

    def close_readers(self) -> None:
        """Close the page's own connections (when the window closes)."""
        if self._reader is not None and self._reads.stop():
            self._reader.close()
            self._reader = None
        self.results.close_reader()

    def _open_reader(self) -> Store:
        if self._reader is None:
            self._reader = home.open_reader(self._store)
        return self._reader

    def _interrupt(self) -> None:
        if self._reader is not None:
            home.interrupt(self._reader)

    def _show(self, board: Dashboard) -> None:
        self.dashboard = board
        count = board.total
        self.heading.setStyleSheet("")
        self.heading.setText(
            f"<span style='font-size: large; font-weight: bold;'>{_long_day(board.today)}"
            f"</span>&nbsp;&nbsp;<span style='color: {muted_text()};'>"
            + (
                tr("1 conference in the caseload")
                if count == 1
                else tr("{count:,} conferences in the caseload").format(count=count)
            )
            + "</span>"
        )
        for stage, button in self.stage_buttons.items():
            number = board.total if stage is None else board.stage_counts.get(stage, 0)
            name = tr("All conferences") if stage is None else tr(stage.label)
            button.setText(f"{number:,}\n{name}")
            button.setAccessibleName(
                tr("{name}: {number:,}. Show them in the caseload").format(name=name, number=number)
            )
            button.setToolTip(tr("Show them in the caseload: {name}").format(name=name))
        self.week.set_rows(board.this_week, board.today)
        self.reviews.set_rows(board.reviews_due, board.today)
        self.withdrawn.set_rows(board.withdrawn, board.today)
        self.actions.set_groups(board.overdue_actions, board.today)
        if self.actions.people <= 20:
            self.actions_view.expandAll()
        overdue = board.reviews_overdue
        self.week_box.show_count(tr("This week"), len(board.this_week))
        self.reviews_box.show_count(
            tr("Reviews due and overdue"),
            len(board.reviews_due),
            tr("{overdue} overdue").format(overdue=overdue) if overdue else "",
        )
        self.actions_box.show_count(
            tr("Actions overdue, by person"),
            board.overdue_action_count,
            tr("1 person")
            if self.actions.people == 1
            else tr("{count:,} people").format(count=self.actions.people),
        )
        self.withdrawn_box.show_count(tr("Consent withdrawn"), len(board.withdrawn))

    def _failed(self, error: Exception) -> None:
        self.heading.setStyleSheet(_PROBLEM_STYLE)
        self.heading.setText(
            tr("⚠ The caseload could not be read: {error}").format(error=tr_error(error))
        )

    # Searching.
    def _search_now(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        self.pages.setCurrentWidget(self.results if text.strip() else self.home)
        self.results.search_for(text)

    def _open_first(self) -> None:
        if self._search_timer.isActive():
            self._search_now()
        self.results.open_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down goes from the search field to the results; Escape clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key()  # type: ignore[arg-type]
            if key == Qt.Key.Key_Down and self.pages.currentWidget() is self.results:
                self.results.table.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._search_now()
                return True
        return super().eventFilter(watched, event)

    # Choosing.
    def _week_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            meeting = self.week.row(index.row())
            page = "Conference day" if meeting.meeting is Meeting.CONFERENCE else "Review"
            self.open_requested.emit(meeting.conference.conference_id, page)

    def _review_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            review = self.reviews.row(index.row())
            self.open_requested.emit(review.conference.conference_id, "Review")

    def _action_chosen(self, index: QModelIndex) -> None:
        action = self.actions.action(index)
        if action is not None:
            self.open_requested.emit(action.conference.conference_id, "Review")

    def _withdrawn_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            withdrawn = self.withdrawn.row(index.row())
            self.open_requested.emit(withdrawn.conference.conference_id, "Referral")


def _widths_from(header: QHeaderView, samples: tuple[str, ...], first: int = 0) -> None:
    """Column widths from sample texts in the font: measuring thousands of rows is slow."""
    width = header.fontMetrics().horizontalAdvance
    for column in range(first, len(samples)):
        header.resizeSection(column, width(samples[column]) + 24)


class _Section(QGroupBox):
    """A titled section holding a list as tall as its lines (up to MAX_LINES, then it
    scrolls), or a line saying the list is empty."""

    MAX_LINES = 8

    def __init__(self, view: QAbstractItemView, empty: str) -> None:
        super().__init__()
        self.view = view
        self.note = QLabel(empty)
        self.note.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(view)

    def show_count(self, title: str, count: int, detail: str = "") -> None:
        """The title with how many lines there are; the list, or the note when there are none."""
        self.setTitle(f"{tr(title)} · {count:,}" + (f" ({detail})" if detail and count else ""))
        self.note.setVisible(count == 0)
        self.view.setVisible(count > 0)
        self.fit()

    def fit(self) -> None:
        """Make the list as tall as the lines it shows."""
        lines, index = 0, self.view.model().index(0, 0)
        while index.isValid() and lines < self.MAX_LINES:
            lines += 1
            index = (
                self.view.indexBelow(index)
                if isinstance(self.view, QTreeView)
                else (index.siblingAtRow(index.row() + 1))
            )
        if isinstance(self.view, QTreeView):
            header, line = self.view.header(), self.view.sizeHintForRow(0)
        else:
            header, line = self.view.horizontalHeader(), self.view.rowHeight(0)  # type: ignore[attr-defined]
        frame = 2 * self.view.frameWidth()
        scroll = self.view.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        self.view.setFixedHeight(header.sizeHint().height() + lines * max(line, 0) + frame + extra)


def _long_day(day: date) -> str:
    """The day in full, e.g. Wednesday 25 November 2026, in the interface's day and month names."""
    return tr_date(day, "%A %d %B %Y")
