"""The family's consent: who gave it (with parental responsibility), when, how; withdrawal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference, ConsentMethod
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.validation import ValidationError, format_date
from fgc_desktop.services import referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.consent_withdrawal_dialog import ConsentWithdrawalDialog
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.translation import tr, tr_error, tr_words

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_WITHDRAWN_STYLE = (
    "color: #7a0010; background: #fde8ea; border: 1px solid #d7737e; border-radius: 4px; "
    "padding: 6px; font-weight: bold;"
)


def consent_state(conference: Conference) -> str:
    """The consent in one plain sentence, as the page and the banner say it."""
    consent = conference.consent
    if consent.is_withdrawn:
        why = f": “{consent.withdrawal_reason}”" if consent.withdrawal_reason else ""
        return tr(
            "⛔ The family withdrew their consent on {date}{why}. "
            "The conference cannot move on unless they consent again."
        ).format(date=format_date(consent.withdrawn_on), why=why)
    if not consent.is_recorded:
        return tr("No consent recorded yet.")
    how = (
        tr(consent.method.label).lower() if consent.method is not ConsentMethod.NOT_RECORDED else ""
    )
    given = (
        tr("✓ Consent given by {name} on {date}, {how}.")
        if how
        else tr("✓ Consent given by {name} on {date}.")
    )
    return given.format(name=consent.given_by, date=format_date(consent.given_on), how=how)


class ConsentSection(QWidget):
    """Choose who consented from the network's adults, when and how; or record a withdrawal."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._adults: list[tuple[str, str, bool]] = []
        self._showing = False
        self.state = QLabel(tr("No consent recorded yet."))
        self.state.setObjectName("consent_state")
        self.state.setWordWrap(True)
        note = QLabel(
            tr(
                "Consent comes from someone with parental responsibility. The family can withdraw "
                "it at any time."
            )
        )
        note.setWordWrap(True)
        self.given_by = QComboBox()
        self.given_by.setObjectName("consent_given_by")
        self.given_by.setAccessibleName(tr("Consent given by"))
        self.given_on = QLineEdit()
        self.given_on.setObjectName("consent_given_on")
        self.given_on.setAccessibleName(tr("Consent given on"))
        self.given_on.setPlaceholderText(tr("e.g. 2026-03-31 or 31/03/2026"))
        self.given_on.setMaximumWidth(self.given_on.fontMetrics().horizontalAdvance("M" * 18))
        self.method = QComboBox()
        self.method.setObjectName("consent_method")
        self.method.setAccessibleName(tr("How consent was given"))
        for method in ConsentMethod:
            if method is not ConsentMethod.NOT_RECORDED:
                self.method.addItem(tr(method.label), method)
        self.method.currentIndexChanged.connect(self._method_chosen)
        self.record_button = QPushButton(tr("Record consent"))
        self.record_button.clicked.connect(self.record)
        self.given_on.returnPressed.connect(self.record)
        self.withdraw_button = QPushButton(tr("Consent withdrawn…"))
        self.withdraw_button.setAccessibleName(tr("Record that consent was withdrawn"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.message = QLabel()
        self.message.setObjectName("consent_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in (
            (tr("Given &by:"), self.given_by),
            (tr("Given &on:"), self.given_on),
            (tr("&How:"), self.method),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the consent and offer the network's adults as who gave it."""
        self._conference = conference
        consent = conference.consent
        self._showing = True
        adults = [
            (p.id, p.name, p.parental_responsibility)
            for p in conference.people
            if p.role is not Role.CHILD
        ]
        if adults != self._adults or fresh:
            self._fill_adults(adults)
        if fresh or consent.given_by_person_id:
            index = self.given_by.findData(consent.given_by_person_id)
            self.given_by.setCurrentIndex(max(index, 0))
        if fresh or consent.given_on:
            self.given_on.setText(format_date(consent.given_on))
        if consent.method is not ConsentMethod.NOT_RECORDED:
            self.method.setCurrentIndex(self.method.findData(consent.method))
        elif fresh:
            self.method.setCurrentIndex(0)
        self._showing = False
        self.state.setText(consent_state(conference))
        self.state.setStyleSheet(_WITHDRAWN_STYLE if consent.is_withdrawn else "")
        self.record_button.setEnabled(bool(adults))
        self.record_button.setText(
            tr("Record their new consent") if consent.is_withdrawn else tr("Record consent")
        )
        self.withdraw_button.setEnabled(consent.is_recorded and not consent.is_withdrawn)
        if fresh:
            self._show_message("")

    def _fill_adults(self, adults: list[tuple[str, str, bool]]) -> None:
        self._adults = adults
        self.given_by.clear()
        if not adults:
            self.given_by.addItem(tr("Add the family's adults on the Network page first"), None)
        for person_id, name, responsible in adults:
            # Said in the list too, so a missing tick on the Network page is easy to spot.
            suffix = "" if responsible else "  " + tr("(no parental responsibility recorded)")
            self.given_by.addItem(name + suffix, person_id)

    def record(self) -> None:
        """Record the chosen person's consent; a refusal is explained under the fields."""
        conference, person_id = self._conference, self.given_by.currentData()
        if conference is None:
            return
        if person_id is None:
            self._show_message(tr("Choose who gave consent; add them on the Network page first."))
            return
        method = self.method.currentData()
        self._call(
            lambda: referral.record_consent(
                self._store, conference.id, person_id, self.given_on.text(), method
            )
        )

    def withdraw(self) -> None:
        """Ask when and why consent was withdrawn, and record it."""
        conference = self._conference
        if conference is None:
            return
        dialog = ConsentWithdrawalDialog(
            lambda day, why: referral.withdraw_consent(self._store, conference.id, day, why),
            self,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.conference is not None:
                self._show_message("")
                self.saved.emit(dialog.conference)
        finally:
            dialog.deleteLater()

    def _method_chosen(self) -> None:
        conference = self._conference
        if self._showing or conference is None or not conference.consent.is_recorded:
            return  # before consent is recorded, the method is stored with it
        method = self.method.currentData()
        if method != conference.consent.method:
            self._call(lambda: referral.set_consent_method(self._store, conference.id, method))

    def _call(self, call: Callable[[], Conference]) -> None:
        conference = attempt_edit(self, call, self._show_message, _explained)
        if conference is not None:
            self.saved.emit(conference)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _explained(error: ValidationError) -> str:
    if "parental responsibility" in error.message:
        return tr(
            "{problem}. If they do, tick “Has parental responsibility” for them on the "
            "Network page."
        ).format(problem=tr_words(error.message))
    return tr_error(error)
