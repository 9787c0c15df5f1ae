"""Recording that the family withdrew their consent: when, and why in their words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.field_form import current_phrases
from fgc_desktop.ui.restorative_highlighter import attach_restorative_language
from fgc_desktop.ui.translation import tr, tr_error

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"

Withdraw = Callable[[str, str], Conference]


class ConsentWithdrawalDialog(QDialog):
    """Date and reason, both needed; the dialog stays open with the reason when one is refused."""

    def __init__(self, withdraw: Withdraw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentWithdrawal")
        self.setWindowTitle(tr("Consent withdrawn"))
        self._withdraw = withdraw
        self.conference: Conference | None = None
        prompt = QLabel(
            tr(
                "When the family withdraw their consent, the conference stops here and cannot move "
                "on unless they consent again. Write down when, and why in their own words."
            )
        )
        prompt.setWordWrap(True)
        self.withdrawn_on = QLineEdit(date.today().isoformat())
        self.withdrawn_on.setObjectName("withdrawn_on")
        self.withdrawn_on.setAccessibleName(tr("Consent withdrawn on"))
        self.withdrawn_on.setPlaceholderText(tr("e.g. 2026-03-31 or 31/03/2026"))
        self.reason = QPlainTextEdit()
        attach_restorative_language(self.reason, current_phrases)
        self.reason.setObjectName("withdrawal_reason")
        self.reason.setAccessibleName(tr("Why consent was withdrawn"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.error = QLabel()
        self.error.setObjectName("withdrawal_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("&Withdrawn on:"), self.withdrawn_on)
        form.addRow(tr("&Why:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Record the withdrawal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.withdrawn_on.textChanged.connect(self._update_ok)
        self.reason.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 300)
        self._update_ok()
        self.reason.setFocus()

    def accept(self) -> None:
        """Store the withdrawal; a refused date or a store problem keeps the dialog open."""
        try:
            self.conference = self._withdraw(self.withdrawn_on.text(), self.reason.toPlainText())
        except ValidationError as error:
            self._show_error(tr_error(error))
        except StoreError as error:
            self._show_error(tr("Not saved: {error}").format(error=tr_error(error)))
        else:
            super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}")
        self.error.show()

    def _update_ok(self) -> None:
        filled = bool(self.withdrawn_on.text().strip() and self.reason.toPlainText().strip())
        self.ok_button.setEnabled(filled)
