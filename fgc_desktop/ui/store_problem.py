"""Telling the coordinator that the store could not be written, without losing what they typed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fgc_desktop.store.errors import CorruptStoreError, StoreError
from fgc_desktop.ui.translation import tr, tr_error, tr_noop

_TRY_AGAIN = tr_noop("What you typed is still on screen, so you can try again.")
_RESTORE = tr_noop(
    "What you typed is still on screen, but nothing more can be saved to this caseload: "
    "restore it from a backup with File → Restore from a backup…"
)


def show_store_problem(parent: QWidget | None, error: StoreError) -> QMessageBox:
    """A window-modal, non-blocking message box explaining why nothing was saved.

    The same problem already on screen is not shown twice (a damaged store refuses every edit).
    """
    if parent is not None:
        for shown in parent.findChildren(QMessageBox, "storeProblem"):
            if shown.isVisible() and shown.text() == tr_error(error):
                return shown
    damaged = isinstance(error, CorruptStoreError)
    title = tr("The caseload file is damaged") if damaged else tr("Not saved")
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, tr_error(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("storeProblem")
    box.setInformativeText(tr(_RESTORE) if damaged else tr(_TRY_AGAIN))
    box.setAccessibleName(title)
    box.open()
    return box
