"""Telling the coordinator that the store could not be written, without losing what they typed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fgc_desktop.store.errors import StoreError


def show_store_problem(parent: QWidget | None, error: StoreError) -> QMessageBox:
    """A window-modal, non-blocking message box explaining why nothing was saved."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Not saved",
        f"{error}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("storeProblem")
    box.setInformativeText("What you typed is still on screen, so you can try again.")
    box.setAccessibleName("Not saved")
    box.open()
    return box
