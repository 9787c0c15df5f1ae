"""Signing the plan on screen: one person, a large pad, and Save once something is drawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import SignatureMethod
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.signature_pad import SignaturePad
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_error, tr_steps

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class SignatureDialog(QDialog):
    """One participant signs the draft plan; a refusal is explained and the drawing is kept."""

    def __init__(
        self,
        store: Store,
        conference: Conference,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._conference_id = conference.id
        self._person = person
        self.result_conference: Conference | None = None
        version = conference.plan.version if conference.plan is not None else 1
        self.setWindowTitle(tr("Sign the plan: {name}").format(name=person.name))
        self.setObjectName("signatureDialog")
        # Starting with English words keeps the line left to right when the name is in Arabic.
        heading = QLabel(
            tr(
                "<span style='font-size: large; font-weight: bold;'>Signature of {value1}</span>"
            ).format(value1=_escape(person.name))
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        prompt = QLabel(
            tr(
                "Sign in the box to show you agree with version {version} of the "
                "{value3}'s plan, as it reads now."
            ).format(version=version, value3=_escape(conference.family_name))
        )
        prompt.setTextFormat(Qt.TextFormat.RichText)
        prompt.setWordWrap(True)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(tr("Signature pad for {name}").format(name=person.name))
        prompt.setBuddy(self.pad)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setToolTip(tr("Wipe the box and start again (Undo brings it back)"))
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setToolTip(tr("Take back the last stroke (Ctrl+Z)"))
        self.redo_button = QPushButton(tr("Redo"))
        self.redo_button.setToolTip(tr("Put back the stroke Undo took (Ctrl+Shift+Z)"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.redo_button.clicked.connect(self.pad.redo)
        for button in (self.clear_button, self.undo_button, self.redo_button):
            # The pad keeps the keyboard focus (for Ctrl+Z) while its buttons are clicked.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.other_ways = QLabel(
            tr(
                "Cannot sign with a mouse, finger or stylus? Cancel, then record that they agreed "
                "by phone, signed on paper or declined to sign."
            )
        )
        self.other_ways.setWordWrap(True)
        self.other_ways.setStyleSheet("color: #555555;")
        self.message = QLabel()
        self.message.setObjectName("signature_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.save_button = QPushButton(tr("Save signature"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.pad.changed.connect(self._update_buttons)
        self._lay_out(heading, prompt)
        self._update_buttons()
        self.pad.setFocus()

    def _lay_out(self, heading: QLabel, prompt: QLabel) -> None:
        tools = QHBoxLayout()
        for button in (self.clear_button, self.undo_button, self.redo_button):
            tools.addWidget(button)
        tools.addStretch(1)
        finish = QHBoxLayout()
        finish.addWidget(self.other_ways, 1)
        finish.addWidget(self.save_button)
        finish.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(prompt)
        layout.addWidget(self.pad, 1)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addLayout(finish)
        self.resize(720, 420)

    def save(self) -> None:
        """Store the signature; stay open with the drawing when it cannot be stored."""
        if self.pad.is_empty():
            self._show_message(tr("Nothing is signed yet: sign in the box, then save."))
            return
        try:
            conference = plan_agreement.sign(
                self._store,
                self._conference_id,
                self._person.id,
                SignatureMethod.SIGNED_ON_SCREEN,
                strokes=self.pad.strokes(),
            )
        except ValidationError as error:
            self._show_message(tr_error(error))
        except StageBlocked as error:
            self._show_message(tr_steps(error.missing))
        except StoreError as error:
            self._show_message(tr("Not saved: the store could not be written. Try again."))
            show_store_problem(self, error)
        else:
            self.result_conference = conference
            self.accept()

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}")
        self.message.show()

    def _update_buttons(self) -> None:
        empty = self.pad.is_empty()
        self.save_button.setEnabled(not empty)
        self.save_button.setToolTip(
            tr("Sign in the box first")
            if empty
            else tr("Keep this signature with the plan (Ctrl+Enter)")
        )
        self.clear_button.setEnabled(not empty)
        self.undo_button.setEnabled(self.pad.can_undo())
        self.redo_button.setEnabled(self.pad.can_redo())
        if not empty:
            self.message.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
