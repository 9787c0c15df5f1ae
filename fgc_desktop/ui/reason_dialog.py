"""Asking the coordinator why (going back a stage, closing a conference); the reason is kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.ui.field_form import current_phrases
from fgc_desktop.ui.restorative_highlighter import attach_restorative_language
from fgc_desktop.ui.translation import tr


class ReasonDialog(QDialog):
    """A short dialog with a roomy text box; OK only once something is written."""

    def __init__(self, title: str, prompt: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        attach_restorative_language(self.text, current_phrases)
        self.text.setObjectName("reason")
        self.text.setAccessibleName(tr("Reason"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(460, 240)
        self._update_ok()

    def reason(self) -> str:
        """What was written."""
        return self.text.toPlainText().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))


def ask_reason(parent: QWidget | None, title: str, prompt: str, action: str) -> str | None:
    """The reason the coordinator writes, or None when they cancel."""
    dialog = ReasonDialog(title, prompt, action, parent)
    try:
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
