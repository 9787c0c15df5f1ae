"""Verify a plan: is a PDF the signed plan as agreed, and which version does a QR code name?

A PDF is chosen, or dropped on the window, and checked off the GUI thread. The QR code text of
a paper copy can be typed, or scanned: a hand scanner types it and presses Enter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.plan_fingerprint import EXAMPLE
from fgc_desktop.domain.plan_verification import Verdict
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import plan_verification
from fgc_desktop.services.plan_verification import FileCheck
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr, tr_error, tr_words

# Colour is never the only cue: each headline starts with its own mark.
_LOOKS = {
    Verdict.GENUINE: ("✓", "#eaf6ea", "#6fa36f"),
    Verdict.CAUTION: ("⚠", "#fff6d6", "#d9b84a"),
    Verdict.ALTERED: ("✗", "#fbeaea", "#c0392b"),
}
_HINT_STYLE = "color: #555555;"


class VerifyPlanWindow(QDialog):
    """Checks plan PDFs and QR codes against this caseload; stays open for several checks."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._checking: Path | None = None
        self.setWindowTitle(tr("Verify a plan"))
        self.setObjectName("verifyPlanWindow")
        self.setAcceptDrops(True)
        intro = QLabel(
            tr(
                "Check whether a plan is exactly the plan as agreed: choose the PDF someone sent "
                "you, or type or scan the QR code printed on a paper copy."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(tr("Choose a PDF…"))
        self.choose_button.setObjectName("choosePdf")
        self.choose_button.clicked.connect(self.choose_pdf)
        self.file_label = QLabel(tr("Or drop a PDF file on this window."))
        self.file_label.setObjectName("checkedFile")
        self.file_label.setWordWrap(True)
        self.file_label.setStyleSheet(_HINT_STYLE)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        self.qr_text = QLineEdit()
        self.qr_text.setObjectName("qrText")
        self.qr_text.setAccessibleName(tr("QR code text"))
        self.qr_text.setPlaceholderText(tr("e.g. {EXAMPLE}").format(EXAMPLE=EXAMPLE))
        self.qr_text.returnPressed.connect(self.find_qr_text)
        self.find_button = QPushButton(tr("Find"))
        self.find_button.clicked.connect(self.find_qr_text)
        qr_row = QWidget()
        row = QHBoxLayout(qr_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.qr_text, 1)
        row.addWidget(self.find_button)
        qr_hint = QLabel(tr("A QR scanner types the code here by itself; then press Enter."))
        qr_hint.setStyleSheet(_HINT_STYLE)
        self.result = QFrame()
        self.result.setObjectName("verifyResult")
        self.headline = QLabel()
        self.headline.setObjectName("verifyHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout = QVBoxLayout(self.result)
        result_layout.addWidget(self.headline)
        result_layout.addWidget(self.details)
        self.result.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(section(tr("A plan PDF"), file_row))
        layout.addWidget(section(tr("The QR code on a paper copy"), qr_row, qr_hint))
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    @property
    def is_checking(self) -> bool:
        """True while a PDF is being checked."""
        return self._checking is not None

    def choose_pdf(self) -> None:
        """Ask for a PDF and check it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a plan PDF to verify"),
            str(Path.home()),
            tr("PDF files (*.pdf);;All files (*)"),
        )
        if name:
            self.check_pdf(Path(name))

    def check_pdf(self, path: Path) -> None:
        """Check a PDF's signature off the GUI thread, then find its version in the caseload."""
        if self._checking is not None:
            return
        try:
            roots = plan_verification.trust_roots(self._store)
        except StoreError as error:
            self._show(Verdict.CAUTION, tr("The caseload could not be read"), [tr_error(error)])
            return
        self._checking = path
        self.choose_button.setEnabled(False)
        self.file_label.setText(tr("Checking {name}…").format(name=path.name))
        self.file_label.setStyleSheet("")
        run_in_background(
            lambda: plan_verification.check_file(path, roots), self._checked, self._failed
        )

    def _checked(self, checked: FileCheck) -> None:
        path, self._checking = self._checking, None
        self.choose_button.setEnabled(True)
        assert path is not None
        self.file_label.setText(tr("Checked: {name}").format(name=path.name))
        self.file_label.setToolTip(str(path))
        try:
            result = plan_verification.compare_with_store(self._store, checked)
        except StoreError as error:
            self._show(Verdict.CAUTION, tr("The caseload could not be read"), [tr_error(error)])
            return
        self._show(result.verdict, result.headline, result.details)

    def _failed(self, error: Exception) -> None:
        path, self._checking = self._checking, None
        self.choose_button.setEnabled(True)
        self.file_label.setText(
            tr("Not checked: {value1}").format(value1=path.name if path else "")
        )
        self._show(Verdict.CAUTION, tr("The file could not be checked"), [tr_error(error)])

    def find_qr_text(self) -> None:
        """Find the version the typed or scanned QR code text names."""
        try:
            match = plan_verification.find_fingerprint(self._store, self.qr_text.text())
        except ValidationError as error:
            self._show(
                Verdict.CAUTION, tr("That is not a plan's QR code"), [tr_words(error.message)]
            )
            return
        except StoreError as error:
            self._show(Verdict.CAUTION, tr("The caseload could not be read"), [tr_error(error)])
            return
        self._show(match.verdict, match.headline, match.details)
        # A scanner types the next code straight after: start afresh, keeping this one visible.
        self.qr_text.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter finds the typed code (as a scanner sends it); it never closes the window."""
        if event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged file."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Check the first file dropped."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.check_pdf(Path(files[0]))

    def _show(self, verdict: Verdict, headline: str, details: list[str]) -> None:
        mark, background, border = _LOOKS[verdict]
        self.result.setStyleSheet(
            f"#verifyResult {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 4px; }"
        )
        self.headline.setText(f"{mark} {headline}")
        self.details.setText("\n\n".join(details))
        self.details.setVisible(bool(details))
        self.result.setAccessibleName(f"{verdict.value}: {headline}")
        self.result.show()
