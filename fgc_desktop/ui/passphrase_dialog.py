"""Asking for a passphrase: to open a protected caseload, to protect one, to change or remove it.

The work behind the button (checking a key, converting the file) takes from a tenth of a second
to a minute, so it runs off the GUI thread while the dialog says what is happening.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.passphrase import Strength, strength_of
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.store.errors import StoreError, WrongPassphraseError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.translation import tr, tr_error, tr_noop, tr_words

# current passphrase (or ""), new passphrase, the new one again -> whatever the work returns
Work = Callable[[str, str, str], object]

TRIES = 3
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_HINT_STYLE = "color: #555555;"
_STRENGTH_COLOURS = {Strength.WEAK: "#a4000f", Strength.FAIR: "#8a5a00", Strength.STRONG: "#1b6e20"}
_STRENGTH_LEVELS = {Strength.WEAK: 1, Strength.FAIR: 2, Strength.STRONG: 3}


@dataclass(frozen=True)
class Wording:
    """What a passphrase dialog says: its title, its introduction and its buttons."""

    title: str
    intro: str
    action: str
    busy: str
    cancel: str = tr_noop("Cancel")
    current_label: str = tr_noop("Current &passphrase:")


class PassphraseDialog(QDialog):
    """Fields for the current passphrase and/or a new one typed twice, then the work, off-thread.

    With `tries`, a wrong current passphrase counts down and the dialog gives up (rejects, with
    `gave_up` set) when none are left.
    """

    def __init__(
        self,
        wording: Wording,
        work: Work,
        *,
        ask_current: bool,
        choose_new: bool,
        tries: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(tr(wording.title))
        self.setAccessibleName(tr(wording.title))
        self._wording = wording
        self._work = work
        self.tries_left = tries
        self.gave_up = False
        self.busy = False
        self.result_value: object = None
        self.passphrase = ""  # the one that worked: the current one, or the new one if chosen
        intro = QLabel(tr(wording.intro))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current = self._field("current", tr("Current passphrase"))
        self.new = self._field("new", tr("New passphrase"))
        self.repeated = self._field("repeated", tr("New passphrase again"))
        self.strength_bar = QProgressBar()
        self.strength_bar.setObjectName("strengthBar")
        self.strength_bar.setRange(0, 3)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(8)
        self.strength_bar.setAccessibleName(tr("Passphrase strength"))
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        self.match = QLabel()
        self.match.setObjectName("match")
        self.match.setStyleSheet(_HINT_STYLE)
        if ask_current:
            form.addRow(self._label(tr(wording.current_label), self.current), self.current)
        if choose_new:
            form.addRow(self._label(tr("&New passphrase:"), self.new), self.new)
            strength_box = QVBoxLayout()
            strength_box.setSpacing(4)
            strength_box.addWidget(self.strength_bar)
            strength_box.addWidget(self.strength)
            form.addRow("", strength_box)
            form.addRow(self._label(tr("Type it &again:"), self.repeated), self.repeated)
            form.addRow("", self.match)
            self.new.textChanged.connect(self._show_strength)
            self.new.textChanged.connect(self._show_match)
            self.repeated.textChanged.connect(self._show_match)
        self._fields = ([self.current] if ask_current else []) + (
            [self.new, self.repeated] if choose_new else []
        )
        self.show_text = QCheckBox(tr("&Show what I type"))
        self.show_text.toggled.connect(self._show_typing)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.action = self.buttons.addButton(
            tr(wording.action), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.action.setObjectName("action")
        self.cancel = self.buttons.addButton(
            tr(wording.cancel), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.action.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.show_text)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for field in self._fields:
            field.textEdited.connect(self._edited)
        self.setMinimumWidth(520)
        self._show_strength("")
        self._show_match()
        self.resize(520, 10)
        self._fit_height()

    def start(self) -> None:
        """Check what was typed and run the work off the GUI thread."""
        if self.busy:
            return
        current, new, repeated = self.current.text(), self.new.text(), self.repeated.text()
        if self.current in self._fields and not current:
            self._problem(tr("Type the passphrase first."), self.current)
            return
        self._set_busy(True)
        self.passphrase = new if self.new in self._fields else current
        run_in_background(lambda: self._work(current, new, repeated), self._finished, self._failed)

    def show_progress(self, text: str) -> None:
        """Say what the work is doing now (e.g. waiting for a backup), while it runs."""
        if self.busy:
            self.message.setText(text)
            self.message.setStyleSheet(_HINT_STYLE)
            self.message.show()
            self._fit_height()
            self.setAccessibleDescription(text)

    def reject(self) -> None:
        """Cancelling is refused while the work runs: a conversion must not be cut short."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button is refused while the work runs, like Cancel."""
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape is refused while the work runs."""
        if self.busy and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def _fit_height(self) -> None:
        """A window does not grow for wrapped text by itself: make room as lines come and go."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _edited(self) -> None:
        """A reason shown for the last try no longer applies once the text changes."""
        if not self.busy:
            self.message.hide()

    def _finished(self, result: object) -> None:
        self._set_busy(False)
        self.result_value = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.passphrase = ""
        if isinstance(error, WrongPassphraseError):
            self._wrong_passphrase()
        elif isinstance(error, ValidationError):
            message = tr_words(error.message)
            self._problem(message[:1].upper() + message[1:] + ".", self.new)
        elif isinstance(error, StoreError):
            self._problem(tr_error(error), None)
        else:
            self._problem(
                tr("Something went wrong, and nothing was changed: {error}").format(
                    error=tr_error(error)
                ),
                None,
            )

    def _wrong_passphrase(self) -> None:
        message = tr("That passphrase is not the right one.")
        if self.tries_left is not None:
            self.tries_left -= 1
            if self.tries_left <= 0:
                self.gave_up = True
                super().reject()
                return
            message += " " + (
                tr("1 try left.")
                if self.tries_left == 1
                else tr("{count} tries left.").format(count=self.tries_left)
            )
        self.current.selectAll()
        self._problem(message, self.current)

    def _problem(self, text: str, field: QLineEdit | None) -> None:
        self.message.setText(f"⚠ {text}")
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.show()
        self._fit_height()
        self.setAccessibleDescription(text)
        if field is not None:
            field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (*self._fields, self.show_text, self.action, self.cancel):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(tr(self._wording.busy))
            self.message.setStyleSheet(_HINT_STYLE)
            self.message.show()
            self._fit_height()
        else:
            self.message.hide()

    def _show_strength(self, text: str) -> None:
        if not text:
            self.strength_bar.setValue(0)
            self.strength.setText(tr("A few unrelated words are easiest to remember."))
            self.strength.setStyleSheet(_HINT_STYLE)
            return
        hint = strength_of(text)
        colour = _STRENGTH_COLOURS[hint.strength]
        self.strength_bar.setValue(_STRENGTH_LEVELS[hint.strength])
        self.strength_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength.setText(tr_words(hint.advice))
        self.strength.setStyleSheet(f"color: {colour};")
        self.strength_bar.setAccessibleDescription(hint.strength.value)

    def _show_match(self) -> None:
        repeated = self.repeated.text()
        if not repeated:
            self.match.setText(tr("Type it twice, so a slip of a key cannot lock you out."))
        elif repeated == self.new.text():
            self.match.setText(tr("✓ The two match."))
        elif self.new.text().startswith(repeated):
            self.match.setText(tr("Keep typing…"))
        else:
            self.match.setText(tr("The two do not match yet."))

    def _show_typing(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(2048)  # long enough for any passphrase; the rule says 1,024
        return field

    def _label(self, text: str, field: QLineEdit) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label


def ask_passphrase(
    check: Callable[[str], None], *, intro: str, tries: int = TRIES, parent: QWidget | None = None
) -> str | None:
    """Ask for an existing passphrase until check() accepts it; None if cancelled or out of tries.

    check raises WrongPassphraseError for a wrong one. Running out of tries is explained before
    returning None.
    """
    dialog = PassphraseDialog(
        Wording(
            title=tr("Protected caseload"),
            intro=intro,
            action=tr("&Open"),
            busy=tr("Checking the passphrase…"),
            cancel=tr("&Quit"),
            current_label=tr("&Passphrase:"),
        ),
        lambda current, _new, _again: check(current),
        ask_current=True,
        choose_new=False,
        tries=tries,
        parent=parent,
    )
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.gave_up:
            explain_giving_up(parent, tries)
        return dialog.passphrase if accepted else None
    finally:
        dialog.deleteLater()


def explain_giving_up(parent: QWidget | None, tries: int = TRIES) -> None:
    """Say that FGC Desktop closes after the wrong passphrases, and that nothing was lost."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("FGC Desktop will close"),
        tr("The passphrase was wrong {tries} times, so FGC Desktop will close.").format(
            tries=tries
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("gaveUp")
    box.setInformativeText(
        tr(
            "Nothing in the caseload was changed or lost. Open FGC Desktop again to try once more; "
            "if the passphrase is forgotten, ask whoever keeps your service's copy of it."
        )
    )
    box.exec()
