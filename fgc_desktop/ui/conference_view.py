"""The open conference: its stage bar and a page per stage area, saving as the coordinator types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from fgc_desktop.ui.bottom_lines_panel import BottomLinesPanel
from fgc_desktop.ui.consent_section import consent_state
from fgc_desktop.ui.field_form import FieldForm
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
from fgc_desktop.ui.stage_bar import StageBar
from fgc_desktop.ui.tab_order import follow_layout
from fgc_desktop.ui.translation import tr, tr_noop

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


class ConferenceView(QWidget):
    """Everything about one conference; every edit is stored as soon as a field is left."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.conference: Conference | None = None
        self.title = QLabel()
        self.title.setObjectName("conference_title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_bar = StageBar(store)
        self.referral = ReferralForm(store)
        self.network = NetworkPanel(store)
        self.network_map = NetworkMapPage()
        self.bottom_lines = BottomLinesPanel(store)
        self.preparation = PreparationPage(store)
        self.meeting = MeetingForm(store)
        self.information_sharing = InformationSharingPage(store)
        self.invitations = InvitationsPage(store)
        self.plan = PlanEditor(store)
        self.review = ReviewPage(store)
        self.history = HistoryPage(store)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Conference pages"))
        self.tabs.setDocumentMode(True)
        # Eleven pages: narrower tab margins keep every tab in view beside the caseload at 1280 px.
        self._tab_style = CompactTabs()
        self.tabs.tabBar().setStyle(self._tab_style)
        self._pages = {
            tr_noop("Referral"): self.referral,
            tr_noop("Network"): self.network,
            tr_noop("Map"): self.network_map,
            tr_noop("Bottom lines"): self.bottom_lines,
            tr_noop("Preparation"): self.preparation,
            tr_noop("Conference day"): self.meeting,
            tr_noop("Information sharing"): self.information_sharing,
            tr_noop("Invitations"): self.invitations,
            tr_noop("Plan"): self.plan,
            tr_noop("Review"): self.review,
            tr_noop("History"): self.history,
        }
        for name, page in self._pages.items():
            index = self.tabs.addTab(
                _scrolling(page), tr(_TAB_LABELS.get(name, name), _TAB_CONTEXT)
            )
            self.tabs.setTabToolTip(index, tr(name))
        self.stage_bar.moved.connect(self._moved)
        self.tabs.currentChanged.connect(self._order_page)
        for page in self._pages.values():
            page.saved.connect(self._saved)
        # A new version from a review is written and signed on the Plan page.
        self.review.plan_requested.connect(lambda: self.show_page("Plan"))
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
        stage_changed = self.conference is None or self.conference.stage is not conference.stage
        self.conference = conference
        self.title.setText(
            f"<span style='font-size: large; font-weight: bold;'>"
            f"{_escape(conference.family_name)}</span>&nbsp;&nbsp;"
            f"<span style='color: #555555;'>{conference.reference}</span>"
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
        for page in self._pages.values():
            page.show_conference(conference, fresh=fresh)
        if fresh or stage_changed:
            self.show_page(_PAGE_FOR_STAGE[conference.stage])
        self._order_page()

    def _order_page(self) -> None:
        # Fields made as a conference is shown (answers, people) join Tab where they appear.
        follow_layout(self.tabs.currentWidget(), self.tabs.tabBar())

    def show_page(self, name: str) -> None:
        """Bring one page (e.g. "Plan") to the front."""
        self.tabs.setCurrentIndex(list(self._pages).index(name))

    def page(self, name: str) -> QWidget:
        """The widget of a page by its tab name."""
        return self._pages[name]

    def commit_pending(self) -> None:
        """Store any text typed but not yet saved (before closing or switching)."""
        if self.conference is None:
            return
        for form in self.findChildren(FieldForm):
            form.commit_pending()
        self.information_sharing.commit_pending()
        self.review.commit_pending()

    def _saved(self, conference: Conference) -> None:
        # A slow agreement may finish after another conference was opened: only refresh the list.
        if self.conference is not None and conference.id == self.conference.id:
            self.show_conference(conference)
        self.changed.emit(conference)

    def _moved(self, conference: Conference) -> None:
        self._saved(conference)


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields, not its frame
    return area


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
