"""The caseload on the left: filter as you type or by stage, the list, and New conference."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.stage import Stage
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.caseload_model import CaseloadModel
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.translation import tr

# Typing fast should not query the store for every letter of a long caseload.
FILTER_DELAY_MS = 150


class CaseloadPanel(QWidget):
    """The list of conferences; choosing one emits `conference_chosen(id)`."""

    conference_chosen = Signal(str)
    new_conference_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(store, self)
        self.filter = QLineEdit()
        self.filter.setObjectName("caseload_filter")
        self.filter.setAccessibleName(tr("Filter the caseload"))
        self.filter.setPlaceholderText(tr("Filter by reference, family or name…"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(tr("Fi&nd:"))  # Alt+F is the File menu
        filter_label.setBuddy(self.filter)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.stage = QComboBox()
        self.stage.setObjectName("caseload_stage")
        self.stage.setAccessibleName(tr("Show the conferences at one stage"))
        self.stage.addItem(tr("All stages"), None)
        for stage in Stage:
            self.stage.addItem(tr(stage.label), stage.value)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.table = self._build_table()
        self.count = QLabel()
        self.count.setObjectName("caseload_count")
        self.new_button = QPushButton(tr("New conference…"))
        self.new_button.setAccessibleName(tr("New conference"))
        self.new_button.clicked.connect(self.new_conference_requested.emit)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.stage)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.filter, self.stage)
        self.setTabOrder(self.stage, self.table)
        self.setTabOrder(self.table, self.new_button)

    def _build_table(self) -> QTableView:
        table = list_table(self.model, tr("Caseload"), parent=self)
        header = table.horizontalHeader()
        # Widths from the font, not from the rows: measuring 20,000 rows would be slow.
        metrics = table.fontMetrics()
        samples = ("FGC-2026-0000", "Al-Rashid family", "Information sharing")
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.activated.connect(lambda index: self._current_changed(index, index))
        return table

    def refresh(self) -> None:
        """Reload the list from the store, keeping the chosen conference selected."""
        kept = self.selected_id()
        self.model.refresh()
        self._after_reload(kept)

    def show_stage(self, stage: Stage | None) -> None:
        """List only the conferences at one stage (None: every stage), as if chosen above."""
        self.stage.setCurrentIndex(max(self.stage.findData(stage.value if stage else None), 0))

    def select(self, conference_id: str) -> None:
        """Select a conference in the list (clearing the filter and stage if they hide it)."""
        if self.model.row_of(conference_id) is None and (
            self.filter.text() or self.model.stage is not None
        ):
            self.filter.clear()
            self.stage.blockSignals(True)
            self.stage.setCurrentIndex(0)
            self.stage.blockSignals(False)
            self.model.show_stage(None)
            self._apply_filter()
        row = self.model.row_of(conference_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def selected_id(self) -> str | None:
        """The chosen conference's id, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.conference_id(rows[0].row()) if rows else None

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        kept = self.selected_id()
        self.model.refresh(self.filter.text())
        self._after_reload(kept)

    def clear_selection(self) -> None:
        """Choose no conference, so choosing the same one again opens it again."""
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().clear()
        self.table.selectionModel().blockSignals(False)

    def _stage_changed(self) -> None:
        kept = self.selected_id()
        chosen = self.stage.currentData()
        self.model.show_stage(Stage(chosen) if chosen else None)
        self._after_reload(kept)

    def _after_reload(self, kept: str | None) -> None:
        shown = self.model.total
        self.count.setText(
            tr("1 conference") if shown == 1 else tr("{count:,} conferences").format(count=shown)
        )
        if kept is not None and self.model.row_of(kept) is not None:
            self.table.selectionModel().blockSignals(True)
            self.select(kept)
            self.table.selectionModel().blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Tabbing into the list makes a row current without choosing it: only a chosen row opens.
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            self.conference_chosen.emit(self.model.conference_id(current.row()))
