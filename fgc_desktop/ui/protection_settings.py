"""Settings › Protection: the caseload's passphrase (encryption at rest) and the idle lock.

Converting the caseload needs its file to itself: while a regular backup or the full check is
running, the conversion waits for it to finish (off the GUI thread, saying so), then goes ahead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.passphrase import check_new_passphrase
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import protection
from fgc_desktop.store.connection import Store
from fgc_desktop.store.encryption import Conversion
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.passphrase_dialog import PassphraseDialog, Wording
from fgc_desktop.ui.store_health import StoreHealth
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_noop, tr_words

# current passphrase, new one, new one again
Typed = tuple[str, str, str]
# How long a conversion waits for a running backup before giving up, changing nothing.
WAIT_FOR_BACKUP_S = 600.0
WAITING = tr_noop(
    "A regular backup of the caseload is being written: waiting for it to finish, then this "
    "goes ahead by itself. Please leave the laptop on."
)

_HINT_STYLE = "color: #555555;"
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_PROTECTED_STYLE = "color: #1b6e20; font-weight: bold;"
_UNPROTECTED_STYLE = "color: #8a5a00; font-weight: bold;"
_NEVER_RECOVERED = tr_noop(
    "There is no way to recover a forgotten passphrase: without it the caseload cannot be "
    "opened by anyone, you included. Write it down and keep it somewhere safe, away from "
    "the laptop."
)


class _Progress(QObject):
    """Carries what a conversion is doing from its worker thread to the dialog."""

    changed = Signal(str)


class ProtectionSettings(QWidget):
    """Protect the caseload with a passphrase, change or remove it, and choose the idle lock.

    `background` is the open caseload's regular backups and checks: a conversion waits for the
    one running, and none starts until the conversion is over.
    """

    changed = Signal()  # protection or the lock time changed
    # A conversion is about to be offered: the app's other connections to the file (the
    # dashboard and search reader) should close, or the conversion finds the store in use.
    converting = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        background: StoreHealth | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._background = background
        self._progress = _Progress(self)
        self.dialog: PassphraseDialog | None = None
        self.status = QLabel()
        self.status.setObjectName("protectionStatus")
        self.status.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(_HINT_STYLE)
        self.outcome = QLabel()
        self.outcome.setObjectName("protectionOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.protect_button = QPushButton(tr("&Protect with a passphrase…"))
        self.change_button = QPushButton(tr("C&hange the passphrase…"))
        self.remove_button = QPushButton(tr("Re&move the passphrase…"))
        self.protect_button.clicked.connect(self.ask_to_protect)
        self.change_button.clicked.connect(self.ask_to_change)
        self.remove_button.clicked.connect(self.ask_to_remove)
        buttons = QHBoxLayout()
        for button in (self.protect_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        passphrase_box = QGroupBox(tr("Passphrase"))
        passphrase_layout = QVBoxLayout(passphrase_box)
        passphrase_layout.setSpacing(10)
        passphrase_layout.addWidget(self.status)
        passphrase_layout.addWidget(self.explanation)
        passphrase_layout.addLayout(buttons)
        passphrase_layout.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(passphrase_box)
        layout.addWidget(self._lock_box())
        layout.addStretch(1)
        self.show_state()

    def _lock_box(self) -> QGroupBox:
        box = QGroupBox(tr("Locking when away"))
        self.lock_enabled = QCheckBox(tr("&Lock FGC Desktop when it is not used for"))
        self.lock_enabled.setObjectName("lockEnabled")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setAccessibleName(tr("Minutes without use before locking"))
        self.minutes.setRange(protection.SHORTEST_LOCK_MINUTES, protection.LONGEST_LOCK_MINUTES)
        self.minutes.setValue(protection.DEFAULT_LOCK_MINUTES)
        self.minutes.setSuffix(tr(" minutes"))
        # Kept when the box is left or an arrow pressed, not at every digit typed.
        self.minutes.setKeyboardTracking(False)
        self.minutes.setMinimumWidth(120)
        self.lock_hint = QLabel()
        self.lock_hint.setWordWrap(True)
        self.lock_hint.setStyleSheet(_HINT_STYLE)
        self.lock_error = QLabel()
        self.lock_error.setObjectName("lockError")
        self.lock_error.setWordWrap(True)
        self.lock_error.setStyleSheet(_ERROR_STYLE)
        self.lock_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.lock_enabled)
        row.addWidget(self.minutes)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.lock_hint)
        layout.addWidget(self.lock_error)
        self.lock_enabled.toggled.connect(self._lock_toggled)
        self.minutes.valueChanged.connect(self._minutes_changed)
        return box

    def show_state(self) -> None:
        """Show whether the caseload is protected, and the lock time, as stored now."""
        protected = protection.is_protected(self._store)
        if protected:
            self.status.setText(tr("✓ This caseload is protected with a passphrase."))
            self.status.setStyleSheet(_PROTECTED_STYLE)
            self.explanation.setText(
                tr(
                    "The file is encrypted (SQLCipher, AES-256): a lost or stolen laptop does not "
                    "give the caseload away. FGC Desktop asks for the passphrase when it starts "
                    "and when it has locked."
                )
            )
        else:
            self.status.setText(tr("This caseload is not protected."))
            self.status.setStyleSheet(_UNPROTECTED_STYLE)
            self.explanation.setText(
                tr(
                    "Anyone who copies the file, or takes this laptop's disk, can read every "
                    "conference in it. A passphrase encrypts the file, so only someone who knows "
                    "it can open the caseload."
                )
            )
        self.protect_button.setVisible(not protected)
        self.change_button.setVisible(protected)
        self.remove_button.setVisible(protected)
        minutes = protection.lock_minutes(self._store)
        self._set_lock_controls(minutes, protected)

    def _set_lock_controls(self, minutes: int | None, protected: bool) -> None:
        for widget in (self.lock_enabled, self.minutes):
            widget.blockSignals(True)
        self.lock_enabled.setChecked(minutes is not None)
        self.lock_enabled.setEnabled(not protected)
        if minutes is not None:  # off, the box keeps the last time shown, to turn back on
            self.minutes.setValue(minutes)
        self.minutes.setEnabled(minutes is not None)
        for widget in (self.lock_enabled, self.minutes):
            widget.blockSignals(False)
        self.lock_hint.setText(
            (
                tr("Always on while the caseload is protected.")
                if protected
                else tr("Without a passphrase, the lock only hides the caseload from view.")
            )
            + tr(" Ctrl+L locks at once.")
        )

    def ask_to_protect(self) -> None:
        """Choose a passphrase and encrypt the caseload with it."""
        self.converting.emit()
        self._run(
            Wording(
                title=tr("Protect this caseload"),
                intro=tr("Choose a passphrase for this caseload. ") + tr(_NEVER_RECOVERED),
                action=tr("&Protect the caseload"),
                busy=tr(
                    "Encrypting the caseload… A big caseload takes a minute or two. "
                    "Please leave the laptop on."
                ),
            ),
            lambda typed: check_new_passphrase(typed[1], typed[2]),
            lambda typed: protection.protect(self._store, typed[1], typed[2]),
            self._protected,
            ask_current=False,
            choose_new=True,
        )

    def ask_to_change(self) -> None:
        """Give the current passphrase and choose a new one."""
        self._run(
            Wording(
                title=tr("Change the passphrase"),
                intro=tr("Type the current passphrase, then choose a new one. ")
                + tr(_NEVER_RECOVERED),
                action=tr("&Change the passphrase"),
                busy=tr("Encrypting the caseload again with the new passphrase…"),
            ),
            lambda typed: (
                check_new_passphrase(typed[1], typed[2]),
                protection.require_current(self._store, typed[0]),
            ),
            lambda typed: protection.change_passphrase(self._store, *typed),
            lambda _result: self._show_outcome(tr("✓ The passphrase has been changed.")),
            ask_current=True,
            choose_new=True,
        )

    def ask_to_remove(self) -> None:
        """Give the passphrase and store the caseload unencrypted again."""
        self.converting.emit()
        self._run(
            Wording(
                title=tr("Remove the passphrase"),
                intro=tr(
                    "Without a passphrase, anyone who copies the file or takes this "
                    "laptop's disk can read every conference in it. Type the passphrase to "
                    "remove it."
                ),
                action=tr("&Remove the passphrase"),
                busy=tr(
                    "Decrypting the caseload… A big caseload takes a minute or two. "
                    "Please leave the laptop on."
                ),
            ),
            lambda typed: protection.require_current(self._store, typed[0]),
            lambda typed: protection.unprotect(self._store, typed[0]),
            self._unprotected,
            ask_current=True,
            choose_new=False,
        )

    def _run(
        self,
        wording: Wording,
        check: Callable[[Typed], object],
        convert: Callable[[Typed], object],
        on_done: Callable[[object], None],
        *,
        ask_current: bool,
        choose_new: bool,
    ) -> None:
        """The passphrase dialog; its work waits for a running backup, then converts."""
        dialog = PassphraseDialog(
            wording,
            lambda *typed: self._when_idle(typed, check, convert, wording.busy),
            ask_current=ask_current,
            choose_new=choose_new,
            parent=self,
        )
        self._progress.changed.connect(dialog.show_progress)
        self.dialog = dialog
        # No backup or check starts from now on; one running now is waited for.
        if self._background is not None:
            self._background.pause()
        try:
            if dialog.exec() == PassphraseDialog.DialogCode.Accepted:
                on_done(dialog.result_value)
        finally:
            if self._background is not None:
                self._background.resume()
            self._progress.changed.disconnect(dialog.show_progress)
            self.dialog = None
            dialog.deleteLater()
            self.show_state()
            self.changed.emit()

    def _when_idle(
        self,
        typed: Typed,
        check: Callable[[Typed], object],
        convert: Callable[[Typed], object],
        busy: str,
    ) -> object:
        """On the worker thread: wait for a running backup or check to finish, then convert.

        What was typed is checked first, so a mistake is said at once, not after the wait.
        """
        background = self._background
        if background is not None and not background.wait_for_idle(0):
            check(typed)
            self._progress.changed.emit(tr(WAITING))
            if not background.wait_for_idle(WAIT_FOR_BACKUP_S):
                raise StoreError(
                    tr(
                        "The regular backup being written has not finished after {minutes} "
                        "minutes, so nothing was changed. Try again in a while."
                    ).format(minutes=f"{WAIT_FOR_BACKUP_S / 60:.0f}")
                )
            self._progress.changed.emit(busy)
        return convert(typed)

    def _protected(self, conversion: object) -> None:
        text = tr(
            "✓ The caseload is now encrypted, and the unencrypted copy made first is removed."
        )
        if isinstance(conversion, Conversion) and conversion.left_unencrypted:
            names = "\n".join(f"  {path}" for path in conversion.left_unencrypted)
            text += "\n\n" + tr(
                "These older copies beside it are still unencrypted. Delete them, or keep "
                "them somewhere as safe as the laptop:\n{names}"
            ).format(names=names)
        self._show_outcome(text)

    def _unprotected(self, conversion: object) -> None:
        text = tr("The caseload is no longer encrypted.")
        if isinstance(conversion, Conversion) and conversion.backup is not None:
            text += "\n\n" + tr(
                "The backup taken first is kept with the others, encrypted: it opens only "
                "with the passphrase just removed, and File → Restore from a backup… asks for it. "
                "It is {path}."
            ).format(path=conversion.backup)
        self._show_outcome(text)

    def _show_outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()

    def _lock_toggled(self, enabled: bool) -> None:
        self._keep_lock(self.minutes.value() if enabled else None)

    def _minutes_changed(self, minutes: int) -> None:
        if self.lock_enabled.isChecked():
            self._keep_lock(minutes)

    def _keep_lock(self, minutes: int | None) -> None:
        try:
            protection.set_lock_minutes(self._store, minutes)
        except ValidationError as error:
            message = tr_words(error.message)
            self.lock_error.setText(f"⚠ {message[:1].upper()}{message[1:]}.")
            self.lock_error.show()
        except StoreError as error:
            show_store_problem(self.window(), error)
        else:
            self.lock_error.hide()
        self.show_state()
        self.changed.emit()
