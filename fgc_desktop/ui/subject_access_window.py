"""Subject access from the File menu: find a person, choose their records, export JSON or PDF."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.audit_wording import value_text
from fgc_desktop.domain.subject_access import PersonMatch, SubjectAccessReport
from fgc_desktop.services import subject_access
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.tick_table_model import TickTableModel
from fgc_desktop.ui.translation import tr, tr_noop

_HINT_STYLE = "color: #555555;"
_WARNING_STYLE = "color: #7a4a00;"
_TYPING_PAUSE_MS = 300


class SubjectAccessWindow(QDialog):
    """Everything held about one person across the caseload, for a subject access request."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subjectAccessWindow")
        self.setWindowTitle(tr("Subject access request"))
        self.setAccessibleName(tr("Subject access request"))
        self._store = store
        self.preview: PdfPreview | None = None
        intro = QLabel(
            tr(
                "Find the person by name, in any script. Someone in several conferences has a "
                "record in each: tick every record that is this same person (check the family, "
                "role and date of birth), then save what is held about them."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name to find"))
        self.name.setPlaceholderText(tr("e.g. Nadia Khan, or part of a name"))
        self.name.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search)
        self.name.textChanged.connect(self._typing.start)
        self.name.returnPressed.connect(self.search)
        self.found = QLabel()
        self.found.setStyleSheet(_HINT_STYLE)
        self.model: TickTableModel[PersonMatch] = TickTableModel(
            [
                (tr_noop("Name"), lambda m: m.name),
                (tr_noop("Conference"), lambda m: f"{m.reference} · {m.family_name}"),
                (tr_noop("Role"), lambda m: value_text("people", "role", m.role)),
                (tr_noop("Relationship"), lambda m: m.relationship),
                (tr_noop("Born"), lambda m: m.date_of_birth),
            ],
            self,
        )
        self.model.ticks_changed.connect(self._update)
        self.table = list_table(self.model, tr("People found; tick the records of this person"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 230)
        self.table.setColumnWidth(2, 100)
        self.table.setColumnWidth(3, 140)
        caution = QLabel(
            tr(
                "Read it before it is sent. Their own records are included in full; notes about "
                "others that mention them are included too. Other people's contact details are "
                "withheld wherever they appear."
            )
        )
        caution.setWordWrap(True)
        caution.setStyleSheet(_WARNING_STYLE)
        self.json_button = QPushButton(tr("Save as &JSON…"))
        self.json_button.clicked.connect(self.ask_and_save_json)
        self.pdf_button = QPushButton(tr("&PDF to read, print or save…"))
        self.pdf_button.clicked.connect(self.show_pdf)
        self.status = QLabel()
        self.status.setObjectName("subject_access_status")
        self.status.setWordWrap(True)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        search_row = QHBoxLayout()
        label = QLabel(tr("&Name:"))
        label.setBuddy(self.name)
        search_row.addWidget(label)
        search_row.addWidget(self.name, 1)
        search_row.addWidget(self.found)
        buttons = QHBoxLayout()
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(caution)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 560)
        self._update()

    def search(self) -> None:
        """List the records whose name has every word typed."""
        self._typing.stop()
        text = self.name.text()
        try:
            matches = subject_access.find(self._store, text)
        except StoreError as error:
            show_store_problem(self, error)
            return
        self.model.set_rows(matches)
        if not text.strip():
            self.found.setText("")
        elif not matches:
            self.found.setText(tr("Nobody by that name"))
        else:
            more = (
                " " + tr("(the first ones; type more of the name)") if len(matches) >= 500 else ""
            )
            self.found.setText(
                tr("{count_matches} found{more}").format(count_matches=len(matches), more=more)
            )

    def chosen(self) -> list[PersonMatch]:
        """The records ticked as this person's."""
        return self.model.ticked_rows()

    def report(self) -> SubjectAccessReport:
        """Everything held about the ticked records, gathered now."""
        ids = [match.person_id for match in self.chosen()]
        return subject_access.build_report(self._store, ids, self.name.text().strip())

    def ask_and_save_json(self) -> None:
        """Ask where, then save the JSON export there."""
        suggested = Path.home() / _file_name(self.chosen(), "json")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the subject access export"), str(suggested), tr("JSON files (*.json)")
        )
        if path:
            self.save_json(Path(path))

    def save_json(self, path: Path) -> bool:
        """Write the JSON export to path, noting the export in each conference's history."""
        if not self.chosen():
            return False
        try:
            report = self.report()
            subject_access.note_export(self._store, report, "JSON")
        except StoreError as error:
            show_store_problem(self, error)
            return False
        try:
            path.write_text(subject_access.report_json(report), encoding="utf-8")
        except OSError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Not saved"),
                tr("The export could not be saved to {path}: {value3}.").format(
                    path=path, value3=error.strerror or error
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("saveProblem")
            box.open()
            return False
        self.status.setText(tr("Saved to {path}").format(path=path))
        return True

    def show_pdf(self) -> PdfPreview | None:
        """Lay the export out as PDF off the GUI thread and show it, to print or save."""
        if not self.chosen():
            return None
        try:
            report = self.report()
            subject_access.note_export(self._store, report, "PDF")
        except StoreError as error:
            show_store_problem(self, error)
            return None
        job = PdfJob(
            title=tr("Subject access export – {title_name}").format(title_name=report.title_name),
            file_name=_file_name(self.chosen(), "pdf"),
            make=partial(subject_access.render_pdf, report),
        )
        self.preview = PdfPreview(lambda: job, self, noun=tr("the subject access export"))
        self.preview.setObjectName("subjectAccessPreview")
        self.preview.open()
        return self.preview

    def _update(self) -> None:
        count = len(self.chosen())
        for button in (self.json_button, self.pdf_button):
            button.setEnabled(count > 0)
        if count:
            conferences = len({m.conference_id for m in self.chosen()})
            self.status.setText(
                tr("{records} ticked, in {conferences}.").format(
                    records=tr("1 record")
                    if count == 1
                    else tr("{count} records").format(count=count),
                    conferences=tr("1 conference")
                    if conferences == 1
                    else tr("{count:,} conferences").format(count=conferences),
                )
            )
        else:
            self.status.setText(tr("Tick the records that are this person's."))


def _file_name(chosen: list[PersonMatch], extension: str) -> str:
    name = chosen[0].name if chosen else "person"
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "person"
    return f"Subject access {safe} {date.today().isoformat()}.{extension}"
