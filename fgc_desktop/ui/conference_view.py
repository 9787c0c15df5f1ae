"""The open conference: its stage bar and a page per stage area, saving as the coordinator types."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleOption,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.readable_colours import muted_text
from fgc_desktop.ui.stage_bar import StageBar
from fgc_desktop.ui.tab_order import follow_layout
from fgc_desktop.ui.translation import tr, tr_noop

if TYPE_CHECKING:
    from fgc_desktop.ui.bottom_lines_panel import BottomLinesPanel
    from fgc_desktop.ui.history_page import HistoryPage
    from fgc_desktop.ui.information_sharing import InformationSharingPage
    from fgc_desktop.ui.invitations_page import InvitationsPage
    from fgc_desktop.ui.meeting_form import MeetingForm
    from fgc_desktop.ui.network_map_page import NetworkMapPage
    from fgc_desktop.ui.network_table import NetworkPanel
    from fgc_desktop.ui.plan_editor import PlanEditor
    from fgc_desktop.ui.preparation_page import PreparationPage
    from fgc_desktop.ui.referral_form import ReferralForm
    from fgc_desktop.ui.review_page import ReviewPage

P = TypeVar("P", bound=QWidget)

# Each tab's page, in tab order: its module and class. A page is imported and built when it is
# first shown (or asked for), so starting the app and opening a conference build only one page.
_PAGE_CLASSES = {
    tr_noop("Referral"): ("fgc_desktop.ui.referral_form", "ReferralForm"),
    tr_noop("Network"): ("fgc_desktop.ui.network_table", "NetworkPanel"),
    tr_noop("Map"): ("fgc_desktop.ui.network_map_page", "NetworkMapPage"),
    tr_noop("Bottom lines"): ("fgc_desktop.ui.bottom_lines_panel", "BottomLinesPanel"),
    tr_noop("Preparation"): ("fgc_desktop.ui.preparation_page", "PreparationPage"),
    tr_noop("Conference day"): ("fgc_desktop.ui.meeting_form", "MeetingForm"),
    tr_noop("Information sharing"): (
        "fgc_desktop.ui.information_sharing",
        "InformationSharingPage",
    ),
    tr_noop("Invitations"): ("fgc_desktop.ui.invitations_page", "InvitationsPage"),
    tr_noop("Plan"): ("fgc_desktop.ui.plan_editor", "PlanEditor"),
    tr_noop("Review"): ("fgc_desktop.ui.review_page", "ReviewPage"),
    tr_noop("History"): ("fgc_desktop.ui.history_page", "HistoryPage"),
}
_WITHOUT_STORE = {"Map"}  # the map only draws the network it is given
# The pages are built this long after the window shows: its first paint and rows come first.
PAGES_AFTER_MS = 100

# The page a coordinator needs first at each stage; preparation starts by mapping the network,
# as visits, voices and invitations all hang off the people in it.
_PAGE_FOR_STAGE = {
    Stage.REFERRAL: "Referral",
    Stage.PREPARATION: "Network",
    Stage.INFORMATION_SHARING: "Conference day",
    Stage.FAMILY_TIME: "Plan",
    Stage.PLAN_AGREEMENT: "Plan",
    Stage.REVIEW: "Review",
    Stage.CLOSED: "Plan",
}


# Short labels keep every tab in sight beside the caseload; the tooltip has the full name.
class CompactTabs(QProxyStyle):
    """The app's style with less space either side of each tab's title."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Half the usual horizontal tab margin; every other measure unchanged."""
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return value // 2
        return value


_TAB_LABELS = {"Information sharing": tr_noop("Sharing"), "Invitations": tr_noop("Letters")}
# Each tab's own catalogue entry: a language whose words are longer may shorten a tab.
_TAB_CONTEXT = "tab"
_TABS = (
    tr_noop("Referral", "tab"),
    tr_noop("Network", "tab"),
    tr_noop("Map", "tab"),
    tr_noop("Bottom lines", "tab"),
    tr_noop("Preparation", "tab"),
    tr_noop("Conference day", "tab"),
    tr_noop("Sharing", "tab"),
    tr_noop("Letters", "tab"),
    tr_noop("Plan", "tab"),
    tr_noop("Review", "tab"),
    tr_noop("History", "tab"),
)

_WITHDRAWN_STYLE = (
    "color: #7a0010; background: #fde8ea; border: 1px solid #d7737e; border-radius: 4px; "
    "padding: 6px; font-weight: bold;"
)


class _Page(Generic[P]):
    """A page of the conference view by its tab name, built the first time it is asked for."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, view: ConferenceView, owner: type | None = None) -> P:
        return cast(P, view.page(self.name))


class ConferenceView(QWidget):
    """Everything about one conference; every edit is stored as soon as a field is left."""

    changed = Signal(object)
    referral: _Page[ReferralForm] = _Page("Referral")
    network: _Page[NetworkPanel] = _Page("Network")
    network_map: _Page[NetworkMapPage] = _Page("Map")
    bottom_lines: _Page[BottomLinesPanel] = _Page("Bottom lines")
    preparation: _Page[PreparationPage] = _Page("Preparation")
    meeting: _Page[MeetingForm] = _Page("Conference day")
    information_sharing: _Page[InformationSharingPage] = _Page("Information sharing")
    invitations: _Page[InvitationsPage] = _Page("Invitations")
    plan: _Page[PlanEditor] = _Page("Plan")
    review: _Page[ReviewPage] = _Page("Review")
    history: _Page[HistoryPage] = _Page("History")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.conference: Conference | None = None
        self.title = QLabel()
        self.title.setObjectName("conference_title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_bar = StageBar(store)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Conference pages"))
        self.tabs.setDocumentMode(True)
        # Eleven pages: narrower tab margins keep every tab in view beside the caseload at 1280 px.
        self._tab_style = CompactTabs()
        self.tabs.tabBar().setStyle(self._tab_style)
        self._pages: dict[str, QWidget] = {}  # the pages built so far, by tab name
        # Built pages not shown the conference since it changed: whether afresh (another one).
        self._behind: dict[str, bool] = {}
        for name in _PAGE_CLASSES:
            index = self.tabs.addTab(_scrolling(), tr(_TAB_LABELS.get(name, name), _TAB_CONTEXT))
            self.tabs.setTabToolTip(index, tr(name))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.stage_bar.moved.connect(self._moved)
        # Said above every page: nothing should move on while the family's consent is withdrawn.
        self.withdrawn_banner = QLabel()
        self.withdrawn_banner.setObjectName("consent_withdrawn_banner")
        self.withdrawn_banner.setWordWrap(True)
        self.withdrawn_banner.setStyleSheet(_WITHDRAWN_STYLE)
        self.withdrawn_banner.hide()
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.withdrawn_banner)
        layout.addWidget(self.stage_bar)
        layout.addWidget(separator)
        layout.addWidget(self.tabs, 1)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show a conference; a fresh one opens at the page that matches its stage."""
        from fgc_desktop.ui.consent_section import consent_state  # with the pages, not at start

        stage_changed = self.conference is None or self.conference.stage is not conference.stage
        self.conference = conference
        self.title.setText(
            f"<span style='font-size: large; font-weight: bold;'>"
            f"{_escape(conference.family_name)}</span>&nbsp;&nbsp;"
            f"<span style='color: {muted_text()};'>{conference.reference}</span>"
        )
        self.stage_bar.show_conference(conference, fresh=fresh)
        withdrawn = conference.consent.is_withdrawn
        self.withdrawn_banner.setText(
            consent_state(conference)
            + tr(" To go on, record their new consent on the Referral page.")
            if withdrawn
            else ""
        )
        self.withdrawn_banner.setVisible(withdrawn)
        # Another conference is shown on the page in front only, and on each other page when it
        # is next shown (or asked for): opening one draws one page, not eleven. A change to the
        # same conference reaches every built page at once, as a page may show what it changed.
        for name in self._pages:
            self._behind[name] = self._behind.get(name, False) or fresh
        if not fresh:
            for name in list(self._pages):
                self.page(name)
        if fresh or stage_changed:
            self.show_page(_PAGE_FOR_STAGE[conference.stage])
        self._tab_shown(self.tabs.currentIndex())

    def show_page(self, name: str) -> None:
        """Bring one page (e.g. "Plan") to the front."""
        self.tabs.setCurrentIndex(list(_PAGE_CLASSES).index(name))

    def page(self, name: str) -> QWidget:
        """A page by its tab name, built and brought up to date with the open conference."""
        page: Any = self._pages.get(name)
        if page is None:
            return self._build_page(name)
        if name in self._behind and self.conference is not None:
            _show_on(page, self.conference, fresh=self._behind.pop(name))
        return page

    def built_pages(self) -> list[str]:
        """The names of the pages built so far, in tab order."""
        return [name for name in _PAGE_CLASSES if name in self._pages]

    def build_pages_when_idle(self, delay_ms: int = PAGES_AFTER_MS) -> None:
        """Build the pages not built yet once the window has shown, one per turn of the event
        loop, so that opening the first conference builds none."""
        QTimer.singleShot(delay_ms, self, self._build_next_page)

    @property
    def pages_ready(self) -> bool:
        """True once every page is built."""
        return len(self._pages) == len(_PAGE_CLASSES)

    def _build_next_page(self) -> None:
        missing = [name for name in _PAGE_CLASSES if name not in self._pages]
        if missing:
            self.page(missing[0])
            QTimer.singleShot(0, self, self._build_next_page)

    def commit_pending(self) -> None:
        """Store any text typed but not yet saved (before closing or switching)."""
        if self.conference is None:
            return
        for form in self.findChildren(FieldForm):
            form.commit_pending()
        for name in ("Information sharing", "Review"):
            if name in self._pages:
                self._pages[name].commit_pending()  # type: ignore[attr-defined]

    def _tab_shown(self, index: int) -> None:
        if self.conference is not None and index >= 0:
            self.page(list(_PAGE_CLASSES)[index])
            # Fields made as a conference is shown (answers, people) join Tab where they appear.
            follow_layout(self.tabs.currentWidget(), self.tabs.tabBar())

    def _build_page(self, name: str) -> QWidget:
        module_name, class_name = _PAGE_CLASSES[name]
        page_class = getattr(importlib.import_module(module_name), class_name)
        page: Any = page_class() if name in _WITHOUT_STORE else page_class(self._store)
        self._pages[name] = page
        area = self.tabs.widget(list(_PAGE_CLASSES).index(name))
        assert isinstance(area, QScrollArea)
        page.saved.connect(self._saved)
        if name == "Review":
            # A new version from a review is written and signed on the Plan page.
            page.plan_requested.connect(lambda: self.show_page("Plan"))
        if self.conference is not None:
            _show_on(page, self.conference, fresh=True)
        area.setWidget(page)  # after showing the conference: what it added shows with it
        return page

    def _saved(self, conference: Conference) -> None:
        # A slow agreement may finish after another conference was opened: only refresh the list.
        if self.conference is not None and conference.id == self.conference.id:
            self.show_conference(conference)
        self.changed.emit(conference)

    def _moved(self, conference: Conference) -> None:
        self._saved(conference)


def _show_on(page: Any, conference: Conference, *, fresh: bool) -> None:
    # A visible page would show the widgets it adds for another conference only at the next
    # turn of the event loop; hidden meanwhile, they show with it at once, laid out and ready
    # for a click. (Not for the same conference: the field being typed in keeps the focus.)
    hidden = fresh and page.isVisible()
    if hidden:
        page.hide()
    page.show_conference(conference, fresh=fresh)
    if hidden:
        page.show()


def _scrolling() -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields, not its frame
    return area


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
