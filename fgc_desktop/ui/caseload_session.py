"""The open caseload: its window, the watch over its file, and restoring it from a backup."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import CorruptStoreError, StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.translation import tr, tr_error, tr_noop

# Backups, checks and restoring are set going once the caseload is drawn: their modules are
# imported then, not on the way to the first window.
if TYPE_CHECKING:
    from fgc_desktop.store.backup import StoredBackup
    from fgc_desktop.ui.store_health import DamageBanner, StoreHealth

T = TypeVar("T")
# Given why a store could not be used, its file and passphrase: the store to go on with, or None.
ReopenAfterFailure = Callable[[StoreError, Path, str | None], Store | None]
_DAMAGE_ADVICE = tr_noop(
    "FGC Desktop has stopped saving to it. What you typed is still on screen; restore the "
    "caseload from a backup with File → Restore from a backup…"
)


def wait_with_progress(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run work off the GUI thread behind a modal busy dialog; its result, or its exception."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("restoreProgress")
    dialog.setWindowTitle(tr("FGC Desktop"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # a half-done restore cannot stop
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(key: str) -> Callable[[Any], None]:
        def keep(value: Any) -> None:
            outcome[key] = value
            loop.quit()

        return keep

    run_in_background(work, finished("result"), finished("error"))
    dialog.show()
    if not outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


@dataclass(frozen=True)
class Restored:
    """What a restore put in place: the backup, the backup kept of the store it replaced, and
    whether the backup was under another passphrase (it now has the store's, or none)."""

    backup_file: Path
    kept: StoredBackup | None
    converted: bool = False


class CaseloadSession(QObject):
    """Owns the open store and its window; a restore closes both and opens them again."""

    window_opened = Signal(object)  # the new MainWindow

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        backup_every_ms: int | None = None,
        reopen_after_failure: ReopenAfterFailure | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._reopen_after_failure = reopen_after_failure
        self.window: MainWindow | None = None
        self._health: StoreHealth | None = None
        self._banner: DamageBanner | None = None
        self._backup_every_ms = backup_every_ms
        self._problem_box: QMessageBox | None = None
        self._previous_hook: Callable[..., Any] | None = None

    def start(self) -> MainWindow:
        """Show the window on the store, then check it and back it up in the background."""
        window = MainWindow(self.store)
        window.restore_requested.connect(self.choose_backup)
        # Home, the pages, the checks and the backups follow once the caseload has been drawn.
        window.first_drawn.connect(
            lambda: QTimer.singleShot(0, self, lambda: self._finish_start(window))
        )
        self.window = window
        window.show()
        self.window_opened.emit(window)
        return window

    @property
    def health(self) -> StoreHealth | None:
        """The open caseload's checks and backups (set going now if not yet); None when closed."""
        if self.window is not None and self._health is None:
            self._finish_start(self.window)
        return self._health

    @property
    def banner(self) -> DamageBanner | None:
        """The notice across the window when the store is found damaged, or a backup is good."""
        return self._banner if self.health is not None else None

    def _finish_start(self, window: MainWindow) -> None:
        if window is not self.window or self._health is not None:
            return  # closed, replaced by a restore, or already finished
        from fgc_desktop.ui.store_health import BACKUP_EVERY_MS, DamageBanner, StoreHealth

        try:
            window.finish_building()
        except StoreError as error:
            self._start_failed(error)
            return
        every = self._backup_every_ms if self._backup_every_ms is not None else BACKUP_EVERY_MS
        # Not a child of the window: work still running when the window goes reports into it.
        health = StoreHealth(self.store, backup_every_ms=every)
        window.store_health = health  # a conversion in Settings waits for its backup
        banner = DamageBanner(window)
        window.show_notice(banner)
        health.damage_found.connect(banner.show_damage)
        health.good_backup_found.connect(banner.show_backup)
        health.backup_taken.connect(self._backed_up)
        health.backup_failed.connect(lambda text: window.statusBar().showMessage(f"⚠ {text}"))
        banner.restore_requested.connect(self.choose_backup)
        self._health, self._banner = health, banner
        window.conference.build_pages_when_idle()
        health.start()

    def open(self) -> bool:
        """Show the window; a store too damaged to list is offered a restore, or another file.

        False when the coordinator chose to quit instead.
        """
        try:
            self.start()
        except StoreError as error:
            return self._recover(error)
        return True

    def _start_failed(self, error: StoreError) -> None:
        """The store proved too damaged to finish the window: restore it, take another, or quit."""
        if self._recover(error):
            return
        if self._reopen_after_failure is None:
            _close_app_on(error)
        else:
            QApplication.exit(1)  # the coordinator chose to quit

    def _recover(self, error: StoreError) -> bool:
        """Close the failed store, then go on with the one restored or chosen instead, as many
        times as it takes; False when there is none (quit)."""
        reopen = self._reopen_after_failure
        while True:
            path, passphrase = self.store.path, self.store.passphrase
            self._release()
            reopened = reopen(error, path, passphrase) if reopen is not None else None
            if reopened is None:
                return False
            self.store = reopened
            try:
                self.start()
            except StoreError as again:
                error = again
            else:
                return True

    def close(self) -> None:
        """Close the window and the store (at the end of the app)."""
        self._release()
        self.uninstall_error_hook()

    def choose_backup(self) -> None:
        """File → Restore from a backup…: choose one, confirm, restore, reopen."""
        from fgc_desktop.ui.restore_dialog import RestoreDialog

        if self.window is None:
            return
        if self.window.built:  # nothing can be typed in a conference before then
            self.window.conference.commit_pending()
        latest = self.health.latest_good if self.health is not None else None
        dialog = RestoreDialog(
            self.store.path,
            self.store.backups,
            self.window,
            preselect=latest.path if latest is not None else None,
            passphrase=self.store.passphrase,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            chosen, typed = dialog.chosen, dialog.chosen_passphrase
        finally:
            dialog.deleteLater()
        self.restore(chosen, typed)

    def restore(self, backup_file: Path, backup_passphrase: str | None = None) -> bool:
        """Put a backup in place of the store and reopen on it; False (and why) when it failed.

        backup_passphrase opens a backup under another passphrase than the store's; restored,
        the store keeps its own passphrase (or none).
        """
        from fgc_desktop.services import backups

        assert self.window is not None and self.health is not None
        path, folder, passphrase = self.store.path, self.store.backups, self.store.passphrase
        if self.window.built:  # nothing can be typed in a conference before then
            self.window.conference.commit_pending()
        # A regular backup still being written could rotate away the very file being restored.
        self.health.stop()
        self.health.wait_until_idle()
        try:
            kept = wait_with_progress(
                self.window,
                tr("Checking the backup and keeping the caseload as it is now…"),
                lambda: backups.prepare_restore(
                    path, backup_file, folder, passphrase, backup_passphrase
                ),
            )
        except Exception as error:  # whatever went wrong, the store is as it was: say why
            _warn(self.window, tr("Not restored"), tr_error(error), tr("Nothing was changed."))
            self.health.start_schedule()
            return False
        self._release()
        failure: Exception | None = None
        try:
            wait_with_progress(
                None,
                tr("Restoring the backup…"),
                lambda: backups.install_backup(
                    backup_file, path, folder, passphrase, backup_passphrase
                ),
            )
        except Exception as error:  # the app must reopen whatever happened to the file
            failure = error
        restored = Restored(backup_file, kept, converted=backup_passphrase is not None)
        return self._reopen(path, folder, passphrase, restored, failure)

    def _reopen(
        self,
        path: Path,
        folder: Path,
        passphrase: str | None,
        restored: Restored,
        failure: Exception | None,
    ) -> bool:
        try:
            self.store = caseload.open_caseload(path, passphrase, backups=folder)
            window = self.start()
        except StoreError as error:
            self.window, self._health, self._banner = None, None, None
            _close_app_on(error)
            return False
        if failure is not None:
            _warn(window, tr("Not restored"), tr_error(failure), tr("The caseload is as it was."))
            return False
        kept = restored.kept
        text = tr("The caseload now holds what {name} held.").format(name=restored.backup_file.name)
        if kept is not None:
            text += " " + tr("The caseload as it was is kept as {name}.").format(
                name=kept.path.name
            )
        if restored.converted:
            text += " " + (
                tr("It keeps the caseload's passphrase, not the backup's.")
                if passphrase is not None
                else tr("It is not protected with a passphrase, as the caseload was not.")
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Restored"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("restored")
        box.open()
        return True

    def _release(self) -> None:
        """Close the window and the store so the file can be replaced."""
        if self._health is not None:
            self._health.stop()
        if self.window is not None:
            app = QApplication.instance()
            # Closing the only window must not end the app in the middle of a restore.
            keep_running = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
            if keep_running:
                app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
            self.window.close()
            self.window.deleteLater()
            if keep_running:
                app.setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
        self.window, self._health, self._banner = None, None, None
        self.store.close()

    def _backed_up(self, stored: StoredBackup) -> None:
        from fgc_desktop.ui.restore_dialog import moment_text

        if self.window is not None:
            self.window.statusBar().showMessage(
                tr("Backed up at {value1}").format(value1=moment_text(stored.stamp.taken_at)),
                15_000,
            )

    def install_error_hook(self) -> None:
        """Store problems that reach the event loop become a plain message, not a traceback."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self._unhandled

    def uninstall_error_hook(self) -> None:
        """Put back the hook that was there before."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def _unhandled(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if isinstance(error, StoreError):
            self.explain(error)
            return
        (self._previous_hook or sys.__excepthook__)(kind, error, trace)

    def explain(self, error: StoreError) -> QMessageBox | None:
        """Show a store problem met outside any edit; one message at a time."""
        if self._problem_box is not None and self._problem_box.isVisible():
            return self._problem_box
        damaged = isinstance(error, CorruptStoreError)
        box = _message(
            self.window,
            QMessageBox.Icon.Critical if damaged else QMessageBox.Icon.Warning,
            tr("The caseload file is damaged") if damaged else tr("The caseload could not be read"),
            tr_error(error),
            tr(_DAMAGE_ADVICE) if damaged else tr("Nothing was changed. Try again in a moment."),
        )
        box.setObjectName("storeReadProblem")
        box.open()
        self._problem_box = box
        return box


def restore_before_opening(
    error: CorruptStoreError, path: Path, passphrase: str | None = None
) -> bool:
    """At start, offer a backup in place of a store too damaged to open; True once restored.

    A protected caseload's backups are read and restored with the passphrase typed for it; one
    under an earlier passphrase asks for that one, and is restored under the caseload's.
    """
    from fgc_desktop.services import backups
    from fgc_desktop.ui.restore_dialog import RestoreDialog

    folder = backups.default_folder(path)
    if not backups.list_backups(path, folder):
        return False
    box = _message(
        None,
        QMessageBox.Icon.Critical,
        tr("The caseload file is damaged"),
        tr_error(error),
        tr(
            "Backups of it were found. Restore one in its place? The damaged file is kept, "
            "exactly as it is, with the backups."
        ),
        QMessageBox.StandardButton.NoButton,
    )
    restore = box.addButton(tr("Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Other choices…"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    dialog = RestoreDialog(path, folder, passphrase=passphrase)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        chosen, typed = dialog.chosen, dialog.chosen_passphrase
    finally:
        dialog.deleteLater()
    try:
        wait_with_progress(
            None,
            tr("Restoring the backup…"),
            lambda: backups.restore_from(path, chosen, folder, passphrase, typed),
        )
    except StoreError as failure:
        _warn(None, tr("Not restored"), tr_error(failure), tr("The damaged file is as it was."))
        return False
    return True


def _message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    more: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setInformativeText(more)
    box.setAccessibleName(title)
    return box


def _close_app_on(error: StoreError) -> None:
    """Say why the caseload cannot be opened, and end the app with status 1."""
    _warn(None, tr("The caseload cannot be opened"), tr_error(error), tr("FGC Desktop will close."))
    QApplication.exit(1)


def _warn(parent: QWidget | None, title: str, text: str, more: str) -> None:
    box = _message(parent, QMessageBox.Icon.Warning, title, text, more)
    box.setObjectName("notRestored")
    box.exec()
