"""What shows while the app is locked: no case data, just how to unlock it.

A protected caseload asks for its passphrase. A plain one has no secret to check, so the lock only
hides the caseload from whoever passes by; one button unlocks it, and the screen says so plainly
rather than pretend otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.ui.translation import tr

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_STYLE = """
#lockScreen { background: #eef1f4; }
#lockCard { background: white; border: 1px solid #c9d0d8; border-radius: 8px; }
#lockHint { color: #555555; }
"""


class LockScreen(QWidget):
    """The locked app: a card with the passphrase box (or a single button) and nothing else."""

    unlock_requested = Signal(str)  # the passphrase typed; empty for a plain caseload

    def __init__(
        self, *, protected: bool, compact: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(tr("FGC Desktop is locked"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.protected = protected
        card = QFrame(self)
        card.setObjectName("lockCard")
        heading = QLabel(tr("FGC Desktop is locked"))
        heading.setObjectName("lockHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * (1.2 if compact else 1.5))
        font.setBold(True)
        heading.setFont(font)
        self.explanation = QLabel(self._explanation(compact))
        self.explanation.setObjectName("lockHint")
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("The caseload's passphrase"))
        self.passphrase.setMaxLength(2048)
        self.show_text = QCheckBox(tr("Show"))
        self.show_text.setAccessibleName(tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show_typing)
        self.unlock_button = QPushButton(tr("&Unlock") if protected else tr("&Unlock – it is me"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setSpacing(8)
        if protected:
            row.addWidget(self.passphrase, 1)
            row.addWidget(self.show_text)
        else:
            self.passphrase.hide()
            self.show_text.hide()
            row.addStretch(1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        margin = 14 if compact else 28
        inner.setContentsMargins(margin, margin, margin, margin)
        inner.setSpacing(10 if compact else 14)
        inner.addWidget(heading)
        inner.addWidget(self.explanation)
        inner.addLayout(row)
        inner.addWidget(self.message)
        card.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 10)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(1)
        self.setFocusProxy(self.passphrase if protected else self.unlock_button)

    def set_checking(self, checking: bool) -> None:
        """While a passphrase is checked, the box and button wait."""
        self.passphrase.setEnabled(not checking)
        self.unlock_button.setEnabled(not checking)
        if checking:
            self.show_message(tr("Checking…"), problem=False)

    def show_message(self, text: str, *, problem: bool = True) -> None:
        """A line under the box: why it did not unlock, or what is happening."""
        self.message.setText(f"⚠ {text}" if problem and text else text)
        self.message.setStyleSheet(_ERROR_STYLE if problem else "color: #555555;")
        self.message.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def clear(self) -> None:
        """Forget what was typed (after a wrong passphrase, or once unlocked)."""
        self.passphrase.clear()

    def _unlock(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.passphrase.text() if self.protected else "")

    def _show_typing(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def _explanation(self, compact: bool) -> str:
        if self.protected:
            return tr(
                "Your work is kept just as you left it. Type the caseload's passphrase to carry on."
            )
        if compact:
            return tr("Your work is kept just as you left it.")
        return tr(
            "Your work is kept just as you left it. This caseload has no passphrase, so the "
            "lock only hides it from view: anyone at this computer can unlock it. To protect "
            "it, choose Settings › Protection."
        )
