"""The main window: the caseload on the left; on the right the open conference, or Home."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui import keyboard_shortcuts
from fgc_desktop.ui.caseload_panel import CaseloadPanel
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr

# The window shows the caseload first; Home, the conference pages and the idle lock are built
# (and their modules imported) just after it is drawn, and the windows and dialogs behind a
# menu when first opened: a coordinator sees the caseload sooner.
if TYPE_CHECKING:
    from fgc_desktop.domain.conference import Conference
    from fgc_desktop.domain.restorative_language import Phrase
    from fgc_desktop.domain.retention import RetentionReport
    from fgc_desktop.ui.conference_view import ConferenceView
    from fgc_desktop.ui.dashboard import DashboardPage
    from fgc_desktop.ui.idle_lock import IdleLock
    from fgc_desktop.ui.pdf_preview import PdfPreview
    from fgc_desktop.ui.plan_preview import PlanPreview
    from fgc_desktop.ui.retention_window import RetentionWindow
    from fgc_desktop.ui.statistics_window import StatisticsWindow
    from fgc_desktop.ui.store_health import StoreHealth
    from fgc_desktop.ui.subject_access_window import SubjectAccessWindow
    from fgc_desktop.ui.verify_plan_window import VerifyPlanWindow

# A window shown but never drawn is finished after this long all the same.
FINISHED_AT_THE_LATEST_MS = 500

_BANNER_STYLE = (
    "#demoBanner { background: #fff6d6; border: 1px solid #d9b84a; border-radius: 4px; }"
)


class MainWindow(QMainWindow):
    """One window for the whole caseload; every edit is already stored when it closes."""

    restore_requested = Signal()  # File → Restore from a backup…; the caseload session restores
    # The caseload has been drawn once. Home and the rest are built on the next turn (by the
    # caseload session, which handles a store found damaged meanwhile, or by the window itself):
    # a receiver must not build them in its slot.
    first_drawn = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.phrases: tuple[Phrase, ...] = ()
        self.preview: PlanPreview | None = None
        # The caseload's regular backups and checks, once the caseload session runs them.
        self.store_health: StoreHealth | None = None
        self.statistics_window: StatisticsWindow | None = None
        self._listed: dict[str, tuple[object, ...]] = {}
        self._conference: ConferenceView | None = None
        self._dashboard: DashboardPage | None = None
        self._idle_lock: IdleLock | None = None
        self.drawn = False
        self._after_drawing_done = False
        self.setWindowTitle(tr("FGC Desktop – {path}").format(path=store.path))
        self.caseload = CaseloadPanel(store)
        self.right = QStackedWidget()
        self.right.addWidget(QWidget())  # stands in for Home until it is built
        self.splitter = QSplitter()
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([478, 802])
        self.banner = self._build_banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.caseload.conference_chosen.connect(self.open_conference)
        self.caseload.new_conference_requested.connect(self.new_conference)
        # An explicit minimum stops the layout resizing the window's limits as pages change.
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        self.refresh()

    @property
    def conference(self) -> ConferenceView:
        """The open conference's pages (built now if the window has not finished building)."""
        self.finish_building()
        assert self._conference is not None
        return self._conference

    @property
    def dashboard(self) -> DashboardPage:
        """Home: search, stages, this week and what is due or late."""
        self.finish_building()
        assert self._dashboard is not None
        return self._dashboard

    @property
    def idle_lock(self) -> IdleLock:
        """Locks the window after the idle time set in Settings, and on Ctrl+L."""
        self.finish_building()
        assert self._idle_lock is not None
        return self._idle_lock

    @property
    def built(self) -> bool:
        """Whether Home, the conference pages and the idle lock have been built yet."""
        return self._conference is not None

    def showEvent(self, event: QShowEvent) -> None:
        """A window shown but not drawn (hidden at once, on another desktop) is finished anyway."""
        super().showEvent(event)
        if not self.built:
            QTimer.singleShot(FINISHED_AT_THE_LATEST_MS, self, self._after_first_drawing)

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first drawing has reached the screen, the rest of the window is built."""
        super().paintEvent(event)
        if not self.drawn:
            self.drawn = True
            QTimer.singleShot(0, self, self._after_first_drawing)

    def _after_first_drawing(self) -> None:
        if self._after_drawing_done:
            return
        self._after_drawing_done = True
        self.first_drawn.emit()
        QTimer.singleShot(0, self, self._finish_unless_done)

    def _finish_unless_done(self) -> None:
        # The caseload session builds the rest itself, a turn after the first drawing, as it
        # knows what to do with a store found damaged meanwhile; a window on its own does it here.
        if self.isVisible() and not self.built:
            self.finish_building()

    def finish_building(self) -> None:
        """Build Home, the conference pages and the idle lock, once (after the first drawing).

        What it reads from the store is read before anything is put in place: a store found
        damaged then (StoreError) leaves the window as it was. Home's own reading starts last,
        off the GUI thread, and reports as Home always does.
        """
        if self.built:
            return
        from fgc_desktop.services import restorative_language
        from fgc_desktop.ui import accessible_names, field_form, focus_ring, readable_colours
        from fgc_desktop.ui.conference_view import ConferenceView
        from fgc_desktop.ui.dashboard import DashboardPage
        from fgc_desktop.ui.idle_lock import IdleLock

        # Set up now, not before the first drawing (see ui/widget_shown); the widgets already
        # shown are named and coloured at once.
        accessible_names.install()  # names each control as it is first shown, in every window
        readable_colours.install()  # the app's own colours read on any palette
        focus_ring.install()  # marks the focus where the style does not
        # Long text boxes underline blaming phrases from this service's own list, read once here
        # (and again after Settings) rather than from the store on every keystroke.
        phrases = restorative_language.phrases(self.store)
        dashboard = DashboardPage(self.store)
        conference = ConferenceView(self.store)
        idle_lock = IdleLock(self, self.store)  # last: it starts watching once made
        self.phrases = phrases
        field_form.set_phrase_source(lambda: self.phrases)
        placeholder = self.right.widget(0)
        self.right.addWidget(dashboard)
        self.right.addWidget(conference)
        self.right.setCurrentWidget(dashboard)
        self.right.removeWidget(placeholder)
        placeholder.deleteLater()
        self._idle_lock, self._dashboard, self._conference = idle_lock, dashboard, conference
        self.lock_action.triggered.connect(idle_lock.lock)
        conference.changed.connect(self._conference_changed)
        dashboard.open_requested.connect(self.open_at)
        dashboard.stage_chosen.connect(self._show_stage)
        bar = conference.stage_bar
        keyboard_shortcuts.say_key_on_button(bar.move_on_button, self.move_on_action)
        keyboard_shortcuts.say_key_on_button(bar.go_back_button, self.go_back_action)
        dashboard.mark_stale()
        dashboard.reload_if_stale()
        self._update_actions()

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet(_BANNER_STYLE)
        text = QLabel(
            tr(
                "This caseload is empty. Start a new conference, or load a demo caseload of "
                "made-up families to try the app."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(tr("Load a demo caseload"))
        self.demo_button.clicked.connect(self.load_demo)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(self.demo_button)
        return banner

    def _build_actions(self) -> None:
        self.home_action = QAction(tr("&Home"), self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.setToolTip(
            tr("Home: search, stages, this week and what is due (Alt+Home)")
        )
        self.home_action.triggered.connect(self.show_home)
        self.search_action = QAction(tr("&Search everything…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.search_everything)
        self.new_action = QAction(tr("&New conference…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_conference)
        self.plan_action = QAction(tr("Family &plan…"), self)
        self.plan_action.setShortcut(QKeySequence("Ctrl+P"))
        self.plan_action.triggered.connect(self.show_plan)
        self.summary_action = QAction(tr("&Referral summary…"), self)
        self.summary_action.triggered.connect(self.show_referral_summary)
        self.letters_action = QAction(tr("Invitation &letters…"), self)
        self.letters_action.triggered.connect(self.show_letters)
        self.move_on_action = QAction(tr("&Move on"), self)
        self.move_on_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.move_on_action.triggered.connect(self._move_on)
        self.go_back_action = QAction(tr("&Go back…"), self)
        self.go_back_action.setShortcuts(keyboard_shortcuts.keys(*keyboard_shortcuts.GO_BACK_KEYS))
        self.go_back_action.triggered.connect(self._go_back)
        self.import_action = QAction(tr("&Import a conference…"), self)
        self.import_action.triggered.connect(self.import_conference)
        self.export_action = QAction(tr("&Export this conference…"), self)
        self.export_action.triggered.connect(self.export_conference)
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.show_settings)
        self.lock_action = QAction(tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(tr("Hide the caseload until you unlock it (Ctrl+L)"))
        self.restore_action = QAction(tr("Res&tore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore_requested.emit)
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addActions(
            [self.new_action, self.summary_action, self.letters_action, self.plan_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        self._build_records_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(tr("&Go"))
        go_menu.addActions([self.home_action, self.search_action])
        self.page_actions = keyboard_shortcuts.page_actions(self, self.show_conference_page)
        go_menu.addSection(tr("Pages of the conference"))
        go_menu.addActions(self.page_actions)
        stage_menu = self.menuBar().addMenu(tr("&Conference"))
        stage_menu.addActions([self.move_on_action, self.go_back_action])
        self.statistics_action = QAction(tr("Service &statistics…"), self)
        self.statistics_action.triggered.connect(self.show_statistics)
        self.menuBar().addMenu(tr("C&aseload")).addAction(self.statistics_action)
        self.verify_action = QAction(tr("&Verify a plan…"), self)
        self.verify_action.triggered.connect(self.show_verify_plan)
        self.certificate_action = QAction(tr("Signing &certificate…"), self)
        self.certificate_action.triggered.connect(self.show_signing_certificate)
        self.menuBar().addMenu(tr("&Tools")).addActions(
            [self.verify_action, self.certificate_action]
        )
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.home_action, self.new_action, self.plan_action])
        keyboard_shortcuts.say_keys_in_tooltips(toolbar.actions())
        self._update_actions()

    def refresh(self) -> None:
        """Reload the caseload and show or hide the empty-caseload offer."""
        self.caseload.refresh()
        self.banner.setVisible(caseload.is_empty(self.store))
        if self._dashboard is not None:
            self._dashboard.mark_stale()
            if self.right.currentWidget() is self._dashboard:
                self._dashboard.reload_if_stale()

    def open_conference(self, conference_id: str) -> None:
        """Show a conference on the right, at the page for its stage."""
        if self.conference.conference is not None:
            if self.conference.conference.id == conference_id:
                self.right.setCurrentWidget(self.conference)
                self._update_actions()
                return
            self.conference.commit_pending()
        try:
            conference = caseload.load(self.store, conference_id)
        except StoreError as error:
            show_store_problem(self, error)
            return
        self._listed[conference.id] = _listed_facts(conference)
        self.conference.show_conference(conference, fresh=True)
        self.right.setCurrentWidget(self.conference)
        self._update_actions()

    def open_at(self, conference_id: str, page: str) -> None:
        """Open a conference at one of its pages (e.g. "Review")."""
        self.caseload.select(conference_id)
        self.open_conference(conference_id)
        if self.right.currentWidget() is self.conference:
            self.conference.show_page(page)

    def show_conference_page(self, name: str) -> None:
        """Bring a page of the open conference to the front, with the focus on its first field."""
        self.conference.show_page(name)
        keyboard_shortcuts.focus_first_field(self.conference.page(name))

    def show_home(self) -> None:
        """Home: the dashboard, read afresh if anything changed; no conference chosen."""
        self.conference.commit_pending()
        self.caseload.clear_selection()
        self.right.setCurrentWidget(self.dashboard)
        self.dashboard.reload_if_stale()
        self._update_actions()

    def search_everything(self) -> None:
        """Go home and put the cursor in the search field."""
        self.show_home()
        self.dashboard.search.setFocus()
        self.dashboard.search.selectAll()

    def _show_stage(self, stage: object) -> None:
        self.caseload.show_stage(stage)  # type: ignore[arg-type]
        self.caseload.table.setFocus()

    def new_conference(self) -> Conference | None:
        """Ask for the family name, start the conference and open it."""
        from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog

        dialog = NewConferenceDialog(self.store, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.conference is None:
                return None
            conference = dialog.conference
        finally:
            dialog.deleteLater()
        self.refresh()
        self.caseload.select(conference.id)
        self.open_conference(conference.id)
        self.conference.referral.referrer.editor("referrer_name").setFocus()
        return conference

    def show_plan(self) -> PlanPreview | None:
        """Open the family plan preview of the open conference."""
        from fgc_desktop.ui.plan_preview import PlanPreview

        if self.conference.conference is None:
            return None
        self.conference.commit_pending()
        self.preview = PlanPreview(self.store, self.conference.conference.id, self)
        self.preview.open()
        return self.preview

    def show_referral_summary(self) -> PdfPreview | None:
        """Open the referral summary of the open conference."""
        if self.conference.conference is None:
            return None
        self.conference.commit_pending()
        return self.conference.referral.show_summary()

    def show_letters(self) -> PdfPreview | None:
        """Open every invitation letter of the open conference, to print in one go."""
        if self.conference.conference is None:
            return None
        self.conference.commit_pending()
        return self.conference.invitations.show_letters()

    def show_statistics(self) -> StatisticsWindow:
        """The service's figures for a chosen period, beside the caseload."""
        from fgc_desktop.ui.statistics_window import StatisticsWindow

        self.conference.commit_pending()  # so what was just typed is counted
        stats = self.statistics_window
        if stats is None:
            stats = self.statistics_window = StatisticsWindow(self.store, self)
        else:
            stats.count()
        if stats.isVisible():
            stats.raise_()
        stats.show()
        stats.activateWindow()
        return stats

    def import_conference(self) -> None:
        """Add a conference from a file and open it."""
        from fgc_desktop.ui import conference_exchange

        result = conference_exchange.import_conference(self, self.store)
        if result is not None:
            self.refresh()
            self.caseload.select(result.conference_id)
            self.open_conference(result.conference_id)

    def export_conference(self) -> None:
        """Save the open conference to a file."""
        from fgc_desktop.ui import conference_exchange

        if self.conference.conference is not None:
            self.conference.commit_pending()
            conference_exchange.export_conference(
                self, self.store, self.conference.conference.reference
            )

    def show_settings(self) -> None:
        """The coordinator's details and the restorative phrase list."""
        from fgc_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self, background=self.store_health)
        dialog.phrases.saved.connect(self._use_phrases)
        # Converting to or from encryption needs the store to itself; the readers reopen later.
        dialog.protection.converting.connect(self.dashboard.close_readers)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.idle_lock.reload()

    def show_notice(self, notice: QWidget) -> None:
        """A banner across the top of the window, above the demo offer (e.g. a damaged store)."""
        layout = self.centralWidget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, notice)

    def _build_records_actions(self, menu: QMenu) -> None:
        """Retention review and subject access: looking after what the caseload holds."""
        self.retention_action = QAction(tr("Re&tention review…"), self)
        self.retention_action.triggered.connect(self.show_retention)
        self.subject_access_action = QAction(tr("Subject &access request…"), self)
        self.subject_access_action.triggered.connect(self.show_subject_access)
        menu.addActions([self.retention_action, self.subject_access_action])

    def show_subject_access(self) -> SubjectAccessWindow:
        """Find a person across the caseload and export everything held about them."""
        from fgc_desktop.ui.subject_access_window import SubjectAccessWindow

        self.conference.commit_pending()
        window = SubjectAccessWindow(self.store, self)
        window.open()
        return window

    def show_retention(self) -> RetentionWindow:
        """Review closed conferences past the retention period, to anonymise or delete them."""
        from fgc_desktop.ui.retention_window import RetentionWindow

        self.conference.commit_pending()
        window = RetentionWindow(self.store, self)
        window.retired.connect(self._after_retention)
        window.open()
        return window

    def _after_retention(self, report: RetentionReport) -> None:
        from fgc_desktop.domain.retention import RetentionAction

        shown = self.conference.conference
        retired = {result.conference_id for result in report.results}
        if shown is not None and shown.id in retired:
            if report.action is RetentionAction.DELETE:
                self.conference.conference = None
                self.show_home()
            else:
                self.conference.show_conference(caseload.load(self.store, shown.id), fresh=True)
            self._update_actions()
        self.refresh()

    def show_verify_plan(self) -> VerifyPlanWindow:
        """The window that checks a plan PDF or a paper copy's QR code against this caseload."""
        from fgc_desktop.ui.verify_plan_window import VerifyPlanWindow

        window = VerifyPlanWindow(self.store, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_signing_certificate(self) -> None:
        """Tools → Signing certificate…: which certificate signs agreed plans, or set one up."""
        from fgc_desktop.ui.certificate_status import show_signing_certificate

        show_signing_certificate(self.store, self)

    def _use_phrases(self, phrases: tuple[Phrase, ...]) -> None:
        self.phrases = phrases

    def load_demo(self) -> None:
        """Fill an empty store with the demo caseload."""
        from fgc_desktop.services import demo_caseload  # only needed once, on an empty store

        try:
            demo_caseload.write_demo_caseload(self.store)
        except StoreError as error:
            show_store_problem(self, error)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Store the field being typed in before the window goes."""
        if self._conference is not None:
            self._conference.commit_pending()
        if self._dashboard is not None:
            self._dashboard.close_readers()
        super().closeEvent(event)

    def _go_back(self) -> None:
        if self.conference.conference is not None:
            self.conference.stage_bar.go_back()

    def _move_on(self) -> None:
        if self.conference.conference is not None:
            self.conference.commit_pending()
            self.conference.stage_bar.move_on()

    def _conference_changed(self, conference: Conference) -> None:
        self.dashboard.mark_stale()
        # Reloading a long caseload takes a moment, so only when a listed column may change.
        listed = _listed_facts(conference)
        if self._listed.get(conference.id) != listed:
            self._listed[conference.id] = listed
            self.refresh()

    def _update_actions(self) -> None:
        shown = self._conference
        has_conference = (
            shown is not None
            and shown.conference is not None
            and self.right.currentWidget() is shown
        )
        for action in (
            self.plan_action,
            self.summary_action,
            self.letters_action,
            self.export_action,
            self.move_on_action,
            self.go_back_action,
            *self.page_actions,
        ):
            action.setEnabled(has_conference)


def _listed_facts(conference: Conference) -> tuple[object, ...]:
    """What the caseload list shows of a conference."""
    plan = conference.plan
    return (
        conference.family_name,
        conference.stage,
        conference.meeting.held_on,
        plan.review_date if plan is not None else None,
    )
