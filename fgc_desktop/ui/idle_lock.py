"""Locking the app after a spell without use, or at once with Ctrl+L, hiding every case detail.

An application-wide event filter notes the time of each key press and mouse action (nothing
slower, since it sees every event); a single-shot timer wakes when the idle period could be up.
Time is the wall clock, which (unlike monotonic clocks on Linux and macOS) keeps counting while
the laptop sleeps, and the first input after a longer absence locks rather than counts as use.
Locked, the main window's central widget is swapped for a lock screen and kept whole, so text
typed but not yet saved is still there afterwards; other windows (dialogs, previews) get a lock
screen laid over them, every window's title loses the caseload's name, and input reaches only
the lock screens.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QToolTip, QWidget

from fgc_desktop.services import protection
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.lock_screen import LockScreen
from fgc_desktop.ui.passphrase_dialog import TRIES, explain_giving_up
from fgc_desktop.ui.translation import tr, tr_error, tr_noop

LOCKED_TITLE = tr_noop("FGC Desktop – locked")

_E = QEvent.Type
_INPUT = frozenset(
    {
        _E.KeyPress,
        _E.MouseButtonPress,
        _E.MouseButtonDblClick,
        _E.MouseMove,
        _E.Wheel,
        _E.TouchBegin,
        _E.TouchUpdate,
        _E.TabletPress,
        _E.InputMethod,
    }
)
# Everything a person can do to a widget, and the shortcuts that would run a menu's actions.
_BLOCKED = _INPUT | {
    _E.KeyRelease,
    _E.MouseButtonRelease,
    _E.Shortcut,
    _E.ShortcutOverride,
    _E.ContextMenu,
    _E.Drop,
    _E.DragEnter,
    _E.DragMove,
    _E.TouchEnd,
    _E.TabletRelease,
    _E.ToolTip,
    _E.WhatsThis,
}


class IdleLock(QObject):
    """Locks a main window and its dialogs after the store's idle time, or when told to."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, window: QMainWindow, store: Store, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(window)
        self._store = store
        self.clock = clock
        self.is_locked = False
        self.minutes = protection.lock_minutes(store)
        self.wrong_tries = 0
        self._last_input = clock()
        self._giving_up = False
        self._protected = False
        self._central: QWidget | None = None
        self._title = ""
        self._bars: list[tuple[QWidget | QAction, bool]] = []
        self._covers: dict[QWidget, tuple[LockScreen, str]] = {}
        self._screens: list[LockScreen] = []
        self._focus: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_idle)
        # Watching every event in Python costs at each of the thousands a window's start makes;
        # no one can touch the app before its event loop runs, so the watch begins then.
        QTimer.singleShot(0, self, self._watch)
        self._schedule()

    def _watch(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # once only, however often it is asked

    @property
    def _window(self) -> QMainWindow:
        # The parent, not an attribute: a reference back would keep a closed window alive.
        return cast(QMainWindow, self.parent())

    def reload(self) -> None:
        """Take the idle time from the store again (after Settings)."""
        self.set_minutes(protection.lock_minutes(self._store))

    def set_minutes(self, minutes: int | None) -> None:
        """Lock after this many minutes without use; None never locks by itself."""
        self.minutes = minutes
        self._schedule()

    def note_use(self) -> None:
        """Count now as the last time the app was used, so the idle time starts again."""
        self._last_input = self.clock()

    def check_idle(self) -> None:
        """Lock if nobody has touched the app for the idle time; otherwise wait for the rest."""
        if self.is_locked or self.minutes is None:
            return
        period = self.minutes * 60
        idle = self.clock() - self._last_input
        if idle >= period:
            self.lock()
        else:
            self.timer.start(int((period - idle) * 1000) + 50)

    def lock(self) -> None:
        """Hide every case detail behind lock screens until the coordinator unlocks."""
        if self.is_locked:
            return
        self._watch()  # locked before the event loop ran (Ctrl+L in a test, a script)
        self.is_locked = True
        self.timer.stop()
        self._protected = protection.is_protected(self._store)
        self._focus = QApplication.focusWidget()
        _close_popups()
        window = self._window
        self._title = window.windowTitle()
        window.setWindowTitle(tr(LOCKED_TITLE))
        self._bars = [(bar, bar.isEnabled()) for bar in self._menus_toolbars_and_actions()]
        for bar, _enabled in self._bars:
            bar.setEnabled(False)
        # Taken, not deleted: every field keeps its text (leaving one saves it, as always).
        self._central = window.takeCentralWidget()
        screen = self._screen(compact=False)
        window.setCentralWidget(screen)
        screen.show()
        for other in QApplication.topLevelWidgets():
            if self._needs_cover(other):
                self._cover(other)
        self._focus_lock_screen()
        self.locked.emit()

    def unlock(self) -> None:
        """Give the coordinator back exactly what was on screen, focus and typing included."""
        if not self.is_locked:
            return
        self.is_locked = False
        for widget, (cover, title) in self._covers.items():
            if shiboken6.isValid(widget):
                widget.setWindowTitle(title)
            if shiboken6.isValid(cover):
                cover.deleteLater()
        self._covers.clear()
        screen = self._window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self._screens.clear()
        if self._central is not None:
            self._window.setCentralWidget(self._central)
            self._central.show()
            self._central = None
        self._window.setWindowTitle(self._title)
        for bar, enabled in self._bars:
            if shiboken6.isValid(bar):
                bar.setEnabled(enabled)
        self._bars = []
        self.wrong_tries = 0
        self._restore_focus()
        self.note_use()
        self._schedule()
        self.unlocked.emit()

    def try_unlock(self, passphrase: str) -> None:
        """Unlock a plain caseload at once; check a protected one's passphrase off-thread."""
        if not self._protected:
            self.unlock()
            return
        if not passphrase:
            self._tell(tr("Type the passphrase first."))
            return
        for screen in self._screens:
            screen.set_checking(True)
        run_in_background(
            lambda: protection.passphrase_opens(self._store, passphrase),
            self._checked,
            self._check_failed,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note input while unlocked; while locked, let input reach only the lock screens."""
        kind = event.type()
        if not self.is_locked:
            if kind in _INPUT:
                now = self.clock()
                if self.minutes is not None and now - self._last_input >= self.minutes * 60:
                    # Back after the laptop slept past the idle time, before the timer woke:
                    # this first touch only brings up the lock (locked once the event is done).
                    QTimer.singleShot(0, self, self.lock)
                    return True
                self._last_input = now
            return False
        if self._giving_up:
            return False
        if kind in _BLOCKED:
            return self._mine(watched) and not _on_lock_screen(watched)
        if kind == _E.Show and isinstance(watched, QWidget) and self._needs_cover(watched):
            self._cover(watched)  # a window that opened while locked
        elif kind == _E.Resize and isinstance(watched, QWidget) and watched in self._covers:
            self._covers[watched][0].setGeometry(watched.rect())
        return False

    def _mine(self, target: QObject) -> bool:
        """Whether target is in this lock's window or one it covers (a widget or an action)."""
        if not isinstance(target, QWidget):
            owner = target.parent()  # an action, whose shortcut runs it
            if not isinstance(owner, QWidget):
                return False
            target = owner
        top = target.window()
        return top is self._window or top is self._central or top in self._covers

    def _checked(self, opens: bool) -> None:
        for screen in self._screens:
            screen.set_checking(False)
            screen.clear()
        if opens:
            self.unlock()
            return
        self.wrong_tries += 1
        left = TRIES - self.wrong_tries
        if left <= 0:
            self._give_up()
            return
        self._tell(
            tr("That passphrase is not the right one.")
            + " "
            + (tr("1 try left.") if left == 1 else tr("{count} tries left.").format(count=left))
        )
        self._focus_lock_screen()

    def _check_failed(self, error: Exception) -> None:
        for screen in self._screens:
            screen.set_checking(False)
        problem = (
            tr_error(error)
            if isinstance(error, StoreError)
            else tr("It could not be checked: {error}").format(error=tr_error(error))
        )
        self._tell(problem)

    def _give_up(self) -> None:
        """Three wrong passphrases: close the app, saving what the window holds, as at start."""
        self._giving_up = True
        for screen in self._screens:
            screen.setEnabled(False)
        explain_giving_up(self._window)
        QApplication.closeAllWindows()

    def _tell(self, text: str) -> None:
        for screen in self._screens:
            screen.show_message(text)

    def _screen(self, *, compact: bool, parent: QWidget | None = None) -> LockScreen:
        screen = LockScreen(protected=self._protected, compact=compact, parent=parent)
        screen.unlock_requested.connect(self.try_unlock)
        self._screens.append(screen)
        return screen

    def _needs_cover(self, widget: QWidget) -> bool:
        return (
            widget is not self._window
            and widget.isWindow()
            and widget.isVisible()
            and widget not in self._covers
            and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            and self._belongs(widget)
        )

    def _belongs(self, widget: QWidget) -> bool:
        """A dialog of this window, or one of no window at all; never another main window."""
        current = widget
        while (parent := current.parentWidget()) is not None:
            if parent is self._window:
                return True
            current = parent
        return not isinstance(current, QMainWindow)

    def _cover(self, widget: QWidget) -> None:
        cover = self._screen(compact=True, parent=widget)
        cover.setGeometry(widget.rect())
        cover.show()
        cover.raise_()
        self._covers[widget] = (cover, widget.windowTitle())
        widget.setWindowTitle(tr(LOCKED_TITLE))

    def _focus_lock_screen(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal in self._covers:
            self._covers[modal][0].setFocus()
            return
        central = self._window.centralWidget()
        if central is not None:
            central.setFocus()

    def _restore_focus(self) -> None:
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _menus_toolbars_and_actions(self) -> list[QWidget | QAction]:
        """What could run a command while locked; disabled, their shortcuts do nothing."""
        window = self._window
        found: list[QWidget | QAction] = [window.menuBar()]
        found.extend(window.findChildren(QToolBar))
        found.extend(
            window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        )
        return found

    def _schedule(self) -> None:
        self.timer.stop()
        if self.minutes is not None and not self.is_locked:
            self.timer.start(self.minutes * 60 * 1000)


def _on_lock_screen(target: QObject) -> bool:
    current = target if isinstance(target, QWidget) else None
    while current is not None:
        if isinstance(current, LockScreen):
            return True
        current = current.parentWidget()
    return False


def _close_popups() -> None:
    """Open menus, completers and tooltips can show case details too."""
    QToolTip.hideText()
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        following = QApplication.activePopupWidget()
        popup = following if following is not popup else None
