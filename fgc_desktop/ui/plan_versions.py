"""Every version of the plan in a list: who signed it and its fingerprint; compare any two side
by side, and show any agreed version exactly as it was agreed, to print or save again."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Plan
from fgc_desktop.services import plan_versions
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview, page_count
from fgc_desktop.ui.plan_comparison_view import PlanComparisonView
from fgc_desktop.ui.record_table_model import RecordTableModel
from fgc_desktop.ui.translation import tr, tr_noop

_COLUMNS = (
    (tr_noop("Version"), lambda plan: str(plan.version)),
    (tr_noop("Status"), lambda plan: tr("Agreed, locked") if plan.is_agreed else tr("Draft")),
    (tr_noop("Agreed on"), lambda plan: (plan.agreed_at or "")[:10] or "—"),
    (tr_noop("Fingerprint"), lambda plan: (plan.content_hash or "")[:12] or "—"),
    (tr_noop("Signed by"), plan_versions.signed_by),
)


def _listed(plan: Plan) -> tuple[object, ...]:
    return (plan.id, plan.status, plan.agreed_at, plan_versions.signed_by(plan))


class PlanVersionsSection(QWidget):
    """The conference's plan versions, newest first, with Compare and Show as agreed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._listed: list[tuple[object, ...]] = []
        self.comparison: PlanComparisonView | None = None
        self.preview: PdfPreview | None = None
        self.model: RecordTableModel[Plan] = RecordTableModel(_COLUMNS, self)
        self.table = list_table(self.model, tr("Plan versions"), several=True)
        self.table.setObjectName("plan_versions")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.show_version)
        self.hint = QLabel(
            tr("Choose two versions to compare them, or one to compare it with the version before.")
        )
        self.hint.setWordWrap(True)
        self.compare_button = QPushButton(tr("Compare versions…"))
        self.compare_button.setObjectName("compare_versions")
        self.compare_button.setToolTip(tr("See what was added, changed and removed, side by side"))
        self.compare_button.clicked.connect(self.compare)
        self.show_button = QPushButton(tr("Show as agreed…"))
        self.show_button.setObjectName("show_version")
        self.show_button.setToolTip(tr("The exact PDF kept when this version was agreed, to print"))
        self.show_button.clicked.connect(self.show_version)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """List the conference's versions, newest first; a fresh one selects the newest."""
        self._conference = conference
        newest_first = sorted(conference.plans, key=lambda plan: -plan.version)
        listed = [_listed(plan) for plan in newest_first]
        if fresh or listed != self._listed:
            # The choice stays while the same versions are listed; a new version is chosen.
            same_versions = [v[0] for v in listed] == [v[0] for v in self._listed]
            chosen = self.chosen_versions() if same_versions and not fresh else []
            self._listed = listed
            self.model.set_records(newest_first)
            self.table.resizeColumnsToContents()
            self._fit_rows(len(newest_first))
            if chosen:
                self.select_versions(*chosen)
            if not self.chosen_versions() and newest_first:
                self.select_versions(newest_first[0].version)
        self._update_buttons()

    def _fit_rows(self, rows: int) -> None:
        """As tall as the versions listed (two to six rows), so no empty box fills the page."""
        shown = min(max(rows, 2), 6)
        frame = 2 * self.table.frameWidth()
        height = self.table.horizontalHeader().sizeHint().height() + frame
        height += shown * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height)

    def chosen_versions(self) -> list[int]:
        """The version numbers selected in the list, oldest first."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return sorted(self.model.record(row).version for row in rows)

    def select_versions(self, *numbers: int) -> None:
        """Select the rows of these version numbers (as a coordinator clicks them)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in range(self.model.rowCount()):
            if self.model.record(row).version in numbers:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def compare(self) -> PlanComparisonView | None:
        """Open the side-by-side comparison of the chosen versions (or the chosen and the one
        before it); the dialog lets the coordinator choose others."""
        conference = self._conference
        if conference is None or len(conference.plans) < 2:
            return None
        older, newer = self._pair()
        self.comparison = PlanComparisonView(
            self._store, conference.id, older, newer, self.window()
        )
        self.comparison.open()
        return self.comparison

    def _pair(self) -> tuple[int, int]:
        assert self._conference is not None
        numbers = sorted(plan.version for plan in self._conference.plans)
        chosen = self.chosen_versions() or numbers[-1:]
        if len(chosen) >= 2:
            return chosen[0], chosen[-1]
        position = numbers.index(chosen[0])
        if position == 0:
            return numbers[0], numbers[1]
        return numbers[position - 1], numbers[position]

    def show_version(self, _index: QModelIndex | None = None) -> PdfPreview | None:
        """Open the chosen version in the PDF preview: the exact bytes kept at agreement, or a
        draft laid out afresh and marked DRAFT."""
        conference = self._conference
        chosen = self.chosen_versions()
        if conference is None or not chosen:
            return None
        number = chosen[-1]
        self.preview = PdfPreview(
            lambda: version_job(self._store, conference.id, number),
            self.window(),
            noun=tr("the plan"),
        )
        self.preview.setObjectName("versionPreview")
        self.preview.open()
        return self.preview

    def _update_buttons(self) -> None:
        plans = self._conference.plans if self._conference is not None else []
        chosen = self.chosen_versions()
        self.compare_button.setEnabled(len(plans) >= 2)
        self.show_button.setEnabled(len(chosen) >= 1)
        number = chosen[-1] if chosen else None
        plan = next((p for p in plans if p.version == number), None)
        if plan is not None and not plan.is_agreed:
            self.show_button.setText(
                tr("Show draft version {version}…").format(version=plan.version)
            )
        elif plan is not None:
            self.show_button.setText(
                tr("Show version {version} as agreed…").format(version=plan.version)
            )
        else:
            self.show_button.setText(tr("Show as agreed…"))


def version_job(store: Store, conference_id: str, number: int) -> PdfJob:
    """One plan version for the PDF preview, saying whether these are the kept bytes."""
    printed = plan_versions.version_print(store, conference_id, number)
    conference, plan = printed.conference, printed.plan
    if not plan.is_agreed:
        state = tr("version {version}, draft (marked DRAFT)").format(version=plan.version)
        suffix = "draft"
    elif printed.exact:
        state = tr(
            "version {version} exactly as agreed on {date}, fingerprint {fingerprint}"
        ).format(
            version=plan.version,
            date=(plan.agreed_at or "")[:10],
            fingerprint=(plan.content_hash or "")[:12],
        )
        suffix = "as agreed"
    else:
        state = tr(
            "version {version}, laid out again from what was agreed (no PDF was kept)"
        ).format(version=plan.version)
        suffix = "as agreed"

    def describe(pages: int) -> str:
        return f"{page_count(pages)} · {state}"

    return PdfJob(
        title=tr("Family plan version {version} – {family_name} ({reference})").format(
            version=plan.version, family_name=conference.family_name, reference=conference.reference
        ),
        file_name=f"{conference.reference} family plan v{plan.version} {suffix}.pdf",
        make=printed.make,
        describe=describe,
    )
