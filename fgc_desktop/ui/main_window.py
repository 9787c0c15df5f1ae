"""The main window: the caseload on the left, the open conference on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.restorative_language import Phrase
from fgc_desktop.services import caseload, restorative_language
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui import conference_exchange, field_form
from fgc_desktop.ui.caseload_panel import CaseloadPanel
from fgc_desktop.ui.conference_view import ConferenceView
from fgc_desktop.ui.idle_lock import IdleLock
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from fgc_desktop.ui.pdf_preview import PdfPreview
from fgc_desktop.ui.plan_preview import PlanPreview
from fgc_desktop.ui.settings_dialog import SettingsDialog
from fgc_desktop.ui.store_problem import show_store_problem

_BANNER_STYLE = (
    "#demoBanner { background: #fff6d6; border: 1px solid #d9b84a; border-radius: 4px; }"
)


class MainWindow(QMainWindow):
    """One window for the whole caseload; every edit is already stored when it closes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Long text boxes underline blaming phrases from this service's own list, read once here
        # (and again after Settings) rather than from the store on every keystroke.
        self.phrases = restorative_language.phrases(store)
        field_form.set_phrase_source(lambda: self.phrases)
        self.preview: PlanPreview | None = None
        self._listed: dict[str, tuple[object, ...]] = {}
        self.setWindowTitle(f"FGC Desktop – {store.path}")
        self.caseload = CaseloadPanel(store)
        self.conference = ConferenceView(store)
        self.placeholder = QLabel("Choose a conference on the left, or start a new one.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.conference)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([490, 790])
        self.banner = self._build_banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.idle_lock = IdleLock(self, store)
        self.lock_action.triggered.connect(self.idle_lock.lock)
        self.caseload.conference_chosen.connect(self.open_conference)
        self.caseload.new_conference_requested.connect(self.new_conference)
        self.conference.changed.connect(self._conference_changed)
        # An explicit minimum stops the layout resizing the window's limits as pages change.
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        self.refresh()

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet(_BANNER_STYLE)
        text = QLabel(
            "This caseload is empty. Start a new conference, or load a demo caseload of "
            "made-up families to try the app."
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton("Load a demo caseload")
        self.demo_button.clicked.connect(self.load_demo)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(self.demo_button)
        return banner

    def _build_actions(self) -> None:
        self.new_action = QAction("&New conference…", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_conference)
        self.plan_action = QAction("Family &plan…", self)
        self.plan_action.setShortcut(QKeySequence("Ctrl+P"))
        self.plan_action.triggered.connect(self.show_plan)
        self.summary_action = QAction("&Referral summary…", self)
        self.summary_action.triggered.connect(self.show_referral_summary)
        self.letters_action = QAction("Invitation &letters…", self)
        self.letters_action.triggered.connect(self.show_letters)
        self.move_on_action = QAction("&Move on", self)
        self.move_on_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.move_on_action.triggered.connect(self._move_on)
        self.go_back_action = QAction("&Go back…", self)
        self.go_back_action.triggered.connect(self.conference.stage_bar.go_back)
        self.import_action = QAction("&Import a conference…", self)
        self.import_action.triggered.connect(self.import_conference)
        self.export_action = QAction("&Export this conference…", self)
        self.export_action.triggered.connect(self.export_conference)
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.show_settings)
        self.lock_action = QAction("&Lock now", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip("Hide the caseload until you unlock it (Ctrl+L)")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions(
            [self.new_action, self.summary_action, self.letters_action, self.plan_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        stage_menu = self.menuBar().addMenu("&Conference")
        stage_menu.addActions([self.move_on_action, self.go_back_action])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.plan_action])
        self._update_actions()

    def refresh(self) -> None:
        """Reload the caseload and show or hide the empty-caseload offer."""
        self.caseload.refresh()
        self.banner.setVisible(caseload.is_empty(self.store))

    def open_conference(self, conference_id: str) -> None:
        """Show a conference on the right, at the page for its stage."""
        if self.conference.conference is not None:
            if self.conference.conference.id == conference_id:
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

    def new_conference(self) -> Conference | None:
        """Ask for the family name, start the conference and open it."""
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

    def import_conference(self) -> None:
        """Add a conference from a file and open it."""
        result = conference_exchange.import_conference(self, self.store)
        if result is not None:
            self.refresh()
            self.caseload.select(result.conference_id)
            self.open_conference(result.conference_id)

    def export_conference(self) -> None:
        """Save the open conference to a file."""
        if self.conference.conference is not None:
            self.conference.commit_pending()
            conference_exchange.export_conference(
                self, self.store, self.conference.conference.reference
            )

    def show_settings(self) -> None:
        """The coordinator's details and the restorative phrase list."""
        dialog = SettingsDialog(self.store, self)
        dialog.phrases.saved.connect(self._use_phrases)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.idle_lock.reload()

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
        self.conference.commit_pending()
        super().closeEvent(event)

    def _move_on(self) -> None:
        if self.conference.conference is not None:
            self.conference.commit_pending()
            self.conference.stage_bar.move_on()

    def _conference_changed(self, conference: Conference) -> None:
        # Reloading a long caseload takes a moment, so only when a listed column may change.
        listed = _listed_facts(conference)
        if self._listed.get(conference.id) != listed:
            self._listed[conference.id] = listed
            self.refresh()

    def _update_actions(self) -> None:
        has_conference = self.conference.conference is not None
        for action in (
            self.plan_action,
            self.summary_action,
            self.letters_action,
            self.export_action,
            self.move_on_action,
            self.go_back_action,
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
