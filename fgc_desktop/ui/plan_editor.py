"""The family plan page: actions, the answers to the questions, how the bottom lines are met,
contingency, monitor, review date, decision, signatures and agreement; an agreed version is
locked and changes go into a new version. Who gets a copy, and who has had it, can change at
any time."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import PLAN_FIELDS
from fgc_desktop.domain.plan import Decision, Plan
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError, format_date
from fgc_desktop.services import plan_agreement
from fgc_desktop.services.plan_agreement import Agreement
from fgc_desktop.services.plan_signing import CertificateProblem, SignedPlanPdf
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.certificate_unlock import unlock_signing_key
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.plan_actions import ActionsPanel
from fgc_desktop.ui.plan_answers import AnswersSection, BottomLinesMetSection
from fgc_desktop.ui.plan_distribution import DistributionSection
from fgc_desktop.ui.plan_versions import PlanVersionsSection
from fgc_desktop.ui.section import section
from fgc_desktop.ui.signatures_section import SignaturesSection
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_error, tr_noop, tr_steps, tr_words

_PLAN_KEYS = ("contingency", "plan_monitor", "review_date")
_NOTICE_STYLE = "background: #eef3fb; border: 1px solid #8aa4cc; border-radius: 4px; padding: 6px;"
_LOCKED_STYLE = "background: #eaf6ea; border: 1px solid #6fa36f; border-radius: 4px; padding: 6px;"
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_REASONS_REQUIRED = tr_noop("⚠ Required: write the referrer's reasons for not agreeing the plan.")


class PlanEditor(QWidget):
    """Writes the draft plan field by field and locks it when the referrer agrees it."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._agreement: Agreement | None = None
        self._showing = False
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(tr("Start the family plan"))
        self.start_button.clicked.connect(self._start)
        self.actions = ActionsPanel(store)
        self.actions.saved.connect(self.saved.emit)
        self.answers = AnswersSection(store)
        self.answers.saved.connect(self.saved.emit)
        self.bottom_lines = BottomLinesMetSection(store)
        self.bottom_lines.saved.connect(self.saved.emit)
        self.distribution = DistributionSection(store)
        self.distribution.saved.connect(self.saved.emit)
        self.plan_form = FieldForm([PLAN_FIELDS[key] for key in _PLAN_KEYS], self._save_field)
        self.plan_form.saved.connect(self.saved.emit)
        self.decision = QComboBox()
        for decision in Decision:
            self.decision.addItem(tr(decision.label), decision)
        self.decision.setAccessibleName(tr("Referrer's decision"))
        self.decision.currentIndexChanged.connect(self._decision_chosen)
        self.reasons_form = FieldForm([PLAN_FIELDS["decision_reasons"]], self._save_field)
        self.reasons_form.saved.connect(self.saved.emit)
        # Not agreeing needs reasons on the spot; say so under the box until they are written.
        self.reasons_required = QLabel(tr(_REASONS_REQUIRED))
        self.reasons_required.setObjectName("reasons_required")
        self.reasons_required.setWordWrap(True)
        self.reasons_required.setStyleSheet(_ERROR_STYLE)
        self.reasons_required.hide()
        self.reasons_form.editor("decision_reasons").textChanged.connect(
            self._show_reasons_required
        )
        self.signatures = SignaturesSection(store)
        self.signatures.saved.connect(self.saved.emit)
        self.new_version_button = QPushButton(tr("Start a new version…"))
        self.new_version_button.setObjectName("new_version")
        self.new_version_button.setToolTip(
            tr("Keep this version exactly as agreed and start a copy to change")
        )
        self.new_version_button.clicked.connect(self.start_new_version)
        self.new_version_button.hide()
        self.versions = PlanVersionsSection(store)
        self.compare_button = QPushButton(tr("Compare versions…"))
        self.compare_button.setObjectName("compare_with_last")
        self.compare_button.setToolTip(tr("What changed between this version and the one before"))
        self.compare_button.clicked.connect(self._compare_with_last)
        self.compare_button.hide()
        self.agree_button = QPushButton(tr("Agree plan"))
        self.agree_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.agree_button.setToolTip(
            tr("Lock this version as agreed and keep its digitally signed PDF (Ctrl+Shift+A)")
        )
        self.agree_button.clicked.connect(self.agree)
        self.agree_message = QLabel()
        self.agree_message.setObjectName("agree_message")
        self.agree_message.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        decision_row = QWidget()
        row = QHBoxLayout(decision_row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Referrer's decision:"))
        label.setBuddy(self.decision)
        row.addWidget(label)
        row.addWidget(self.decision, 1)
        agree_row = QWidget()
        agree_layout = QHBoxLayout(agree_row)
        agree_layout.setContentsMargins(0, 0, 0, 0)
        agree_layout.addWidget(self.agree_button)
        agree_layout.addWidget(self.agree_message, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.compare_button)
        status_row.addWidget(self.new_version_button)
        layout = QVBoxLayout(self)
        layout.addLayout(status_row)
        layout.addWidget(self.start_button)
        layout.addWidget(section(tr("Actions"), self.actions))
        self.answers_box = section(tr("The family's answers to the questions"), self.answers)
        layout.addWidget(self.answers_box)
        self.bottom_lines_box = section(
            tr("How the plan meets the bottom lines"), self.bottom_lines
        )
        layout.addWidget(self.bottom_lines_box)
        layout.addWidget(section(tr("Contingency, plan monitor and review"), self.plan_form))
        layout.addWidget(
            section(
                tr("Referrer's decision"), decision_row, self.reasons_form, self.reasons_required
            )
        )
        # Signing comes last before agreeing: people sign the wording the referrer is agreeing.
        layout.addWidget(section(tr("Signatures"), self.signatures))
        self.agree_box = section(tr("Agree and lock this version"), agree_row)
        layout.addWidget(self.agree_box)
        self.distribution_box = section(tr("Distribution and copies"), self.distribution)
        layout.addWidget(self.distribution_box)
        self.versions_box = section(tr("Versions of this plan"), self.versions)
        layout.addWidget(self.versions_box)
        layout.addStretch(1)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the conference's latest plan version, locked when it is agreed."""
        self._conference = conference
        plan = conference.plan
        self.actions.show_conference(conference, fresh=fresh)
        self.signatures.show_conference(conference, fresh=fresh)
        self.answers.show_conference(conference, fresh=fresh)
        self.bottom_lines.show_conference(conference, fresh=fresh)
        self.distribution.show_conference(conference, fresh=fresh)
        # Answers start the plan if need be; copies need a plan to copy.
        self.distribution_box.setVisible(plan is not None)
        self.versions.show_conference(conference, fresh=fresh)
        self.versions_box.setVisible(plan is not None)
        self.compare_button.setVisible(len(conference.plans) > 1)
        if plan is not None and plan.version > 1:
            self.compare_button.setText(
                tr("Compare with version {value1}…").format(value1=plan.version - 1)
            )
        for form in (self.plan_form, self.reasons_form):
            if fresh:
                form.reset()
            form.set_values(_plan_values(plan))
        self._showing = True
        decision = plan.decision if plan is not None else Decision.PENDING
        self.decision.setCurrentIndex(self.decision.findData(decision))
        self._showing = False
        self._show_status(plan)
        self._show_reasons_required()
        if fresh:
            self._show_agree_message("")

    def commit_pending(self) -> None:
        """Save any typed text not yet stored."""
        for form in (self.actions.form, self.plan_form, self.reasons_form):
            form.commit_pending()
        self.answers.commit_pending()
        self.bottom_lines.commit_pending()

    def agree(self) -> None:
        """Check the plan, open the signing certificate, lay out and sign its PDF off the GUI
        thread, then lock it."""
        conference = self._conference
        if conference is None or self._agreement is not None:
            return
        self.commit_pending()
        try:
            agreement = plan_agreement.prepare_agreement(self._store, conference.id)
        except StageBlocked as error:
            self._show_agree_message(
                tr("Before the plan can be agreed:\n")
                + "\n".join(f"• {tr_words(m)}" for m in error.missing),
                error=True,
            )
            return
        except StoreError as error:
            show_store_problem(self.window(), error)
            return
        key = unlock_signing_key(self._store, self.window())
        if key is None:
            self._show_agree_message(
                tr(
                    "The plan was not agreed: agreed plans are signed with your certificate, "
                    "and none was opened."
                ),
                error=True,
            )
            return
        self._agreement = agreement
        self._set_busy(True)
        self._show_agree_message(tr("Preparing and signing the agreed plan…"))
        run_in_background(
            partial(agreement.render_signed, key), self._agreement_rendered, self._agreement_failed
        )

    @property
    def is_agreeing(self) -> bool:
        """True while the agreed plan's PDF is being prepared."""
        return self._agreement is not None

    def _agreement_rendered(self, signed: SignedPlanPdf) -> None:
        agreement, self._agreement = self._agreement, None
        self._set_busy(False)
        assert agreement is not None
        try:
            conference = plan_agreement.complete_agreement(self._store, agreement, signed)
        except StageBlocked as error:
            self._show_agree_message(tr_steps(error.missing), error=True)
            return
        except StoreError as error:
            self._show_agree_message(
                tr("The plan was not agreed: it could not be saved."), error=True
            )
            show_store_problem(self.window(), error)
            return
        self._show_agree_message("")
        self.saved.emit(conference)

    def _agreement_failed(self, error: Exception) -> None:
        self._agreement = None
        self._set_busy(False)
        if isinstance(error, CertificateProblem):
            self._show_agree_message(
                tr("The plan could not be signed, so it was not agreed: {error}").format(
                    error=tr_error(error)
                ),
                error=True,
            )
            return
        self._show_agree_message(
            tr("The plan could not be printed, so it was not agreed: {error}").format(
                error=tr_error(error)
            ),
            error=True,
        )

    def start_new_version(self) -> None:
        """After confirmation, start a draft copy of the agreed version; the agreed one stays."""
        conference = self._conference
        plan = conference.plan if conference is not None else None
        if conference is None or plan is None or not plan.is_agreed:
            return
        answer = QMessageBox.question(
            self.window(),
            tr("Start a new version"),
            tr(
                "Version {version} stays exactly as agreed, with its signatures and PDF; "
                "version {value3} starts as a copy for changes. Everyone signs the new "
                "version again before it is agreed.\n\nStart version {value3}?"
            ).format(version=plan.version, value3=plan.version + 1),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = plan_agreement.start_new_version(self._store, conference.id)
        except StageBlocked as error:
            self._show_agree_message(tr_steps(error.missing), error=True)
        except StoreError as error:
            show_store_problem(self.window(), error)
        else:
            self._show_agree_message("")
            self.saved.emit(result)

    def _compare_with_last(self) -> None:
        plan = self._conference.plan if self._conference is not None else None
        if plan is not None:
            self.versions.select_versions(plan.version)
            self.versions.compare()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.actions,
            self.answers,
            self.bottom_lines,
            self.plan_form,
            self.reasons_form,
            self.decision,
            self.signatures,
        ):
            widget.setEnabled(not busy)
        self.agree_button.setEnabled(not busy)

    def _show_status(self, plan: Plan | None) -> None:
        locked = plan is not None and plan.is_agreed
        self.start_button.setVisible(plan is None)
        self.actions.set_read_only(locked)
        self.plan_form.set_read_only(locked)
        self.reasons_form.set_read_only(locked)
        self.decision.setEnabled(not locked)
        self.agree_button.setVisible(not locked)
        # Once locked there is nothing left to agree; the new-version button sits by the notice.
        self.agree_box.setVisible(plan is not None and not locked)
        self.new_version_button.setVisible(locked)
        if plan is None:
            text = tr(
                "No plan yet. It starts with the first action the family writes down; the "
                "review date is then set from the conference date and the children's ages."
            )
        elif locked:
            agreed_on = (plan.agreed_at or "")[:10]
            text = tr(
                "🔒 Version {version} was agreed on {date} and is locked: what was "
                "agreed cannot change. Fingerprint {fingerprint}."
            ).format(
                version=plan.version, date=agreed_on, fingerprint=(plan.content_hash or "")[:12]
            )
        else:
            text = tr(
                "Draft plan, version {version}. It can change until the referrer agrees it."
            ).format(version=plan.version)
            if plan.version > 1:
                text += " " + tr(
                    "Version {version} stays as it was agreed; everyone signs this version again."
                ).format(version=plan.version - 1)
        self.status.setText(text)
        self.status.setStyleSheet(_LOCKED_STYLE if locked else _NOTICE_STYLE)

    def _show_reasons_required(self) -> None:
        plan = self._conference.plan if self._conference is not None else None
        drafting = plan is not None and not plan.is_agreed
        not_agreed = drafting and self.decision.currentData() == Decision.NOT_AGREED
        editor = self.reasons_form.editor("decision_reasons")
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        missing = not_agreed and not text.strip()
        self.reasons_required.setVisible(missing)
        editor.setPlaceholderText(
            tr("Required: why the referrer does not agree the plan") if not_agreed else ""
        )
        # The form also describes refused input here; only take back what this method said.
        if missing:
            editor.setAccessibleDescription(tr(_REASONS_REQUIRED))
        elif editor.accessibleDescription() == tr(_REASONS_REQUIRED):
            editor.setAccessibleDescription("")

    def _show_agree_message(self, text: str, *, error: bool = False) -> None:
        self.agree_message.setText(text)
        self.agree_message.setStyleSheet(_ERROR_STYLE if error else "")

    def _save_field(self, key: str, text: str) -> Conference:
        assert self._conference is not None
        return plan_agreement.edit_plan(self._store, self._conference.id, key, text)

    def _decision_chosen(self) -> None:
        conference = self._conference
        if self._showing or conference is None:
            return
        try:
            result = plan_agreement.set_decision(
                self._store, conference.id, self.decision.currentData()
            )
        except (ValidationError, StageBlocked) as error:
            self._show_agree_message(tr_error(error), error=True)
        except StoreError as error:
            show_store_problem(self.window(), error)
        else:
            self.saved.emit(result)
        self._show_reasons_required()

    def _start(self) -> None:
        conference = self._conference
        if conference is None:
            return
        try:
            result = plan_agreement.start_plan(self._store, conference.id)
        except StoreError as error:
            show_store_problem(self.window(), error)
        else:
            self.saved.emit(result)


def _plan_values(plan: Plan | None) -> dict[str, str]:
    if plan is None:
        return dict.fromkeys(PLAN_FIELDS, "")
    return {
        "contingency": plan.contingency,
        "plan_monitor": plan.plan_monitor,
        "review_date": format_date(plan.review_date),
        "decision_reasons": plan.decision_reasons,
    }
