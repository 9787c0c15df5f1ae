"""Asking why a conference closes at a review: one of the usual reasons, and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.review import ClosureReason, missing_for_closing
from fgc_desktop.ui.field_form import current_phrases
from fgc_desktop.ui.restorative_highlighter import attach_restorative_language
from fgc_desktop.ui.translation import tr, tr_steps


class ClosingDialog(QDialog):
    """A reason to choose and a roomy note; OK once the reason (and for "other", a note) is in."""

    def __init__(
        self,
        reason: ClosureReason | None = None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Close the conference"))
        self.setObjectName("closingDialog")
        prompt = QLabel(
            tr(
                "Closing ends this family group conference: no more reviews are held, and the "
                "conference moves to Closed with the reason kept in its history."
            )
        )
        prompt.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("closure_reason")
        self.reason.setAccessibleName(tr("Why the conference is closing"))
        self.reason.addItem(tr("Choose a reason…"), None)
        for choice in ClosureReason:
            self.reason.addItem(tr(choice.label), choice)
        self.reason.setCurrentIndex(max(self.reason.findData(reason), 0))
        self.note = QPlainTextEdit(note)
        attach_restorative_language(self.note, current_phrases)
        self.note.setObjectName("closure_note")
        self.note.setAccessibleName(tr("Closing note"))
        self.note.setPlaceholderText(tr("In a sentence or two, for the record"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.missing = QLabel()
        self.missing.setObjectName("closing_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #555555;")
        form = QFormLayout()
        form.addRow(tr("&Why:"), self.reason)
        form.addRow(tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Close the conference"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentIndexChanged.connect(self._update_ok)
        self.note.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self._update_ok()

    def chosen(self) -> tuple[ClosureReason | None, str]:
        """The reason chosen and the note written."""
        # Qt hands the choice back as plain text, so it is turned back into the reason.
        data = self.reason.currentData()
        return (ClosureReason(data) if data else None), self.note.toPlainText().strip()

    def _update_ok(self) -> None:
        missing = missing_for_closing(*self.chosen())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.missing.setText(tr_steps(missing))
