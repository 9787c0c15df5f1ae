"""Service statistics for a chosen period: headline figures, two charts, CSV and a PDF report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.statistics import (
    Figure,
    Preset,
    ServiceFigures,
    charts,
    period_from_text,
)
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import statistics
from fgc_desktop.services.statistics import ExportFailed
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview
from fgc_desktop.ui.statistics_chart import BarChart
from fgc_desktop.ui.translation import tr, tr_error, tr_noop, tr_words

CUSTOM = tr_noop("Custom dates")
_DATE_HINT = tr_noop("e.g. 2026-04-01 or 01/04/2026")
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_MUTED_STYLE = "color: #625d57;"
_CARD_STYLE = (
    "#figureCard { border: 1px solid #d4ccc0; border-radius: 4px; background: palette(base); }"
)
_VALUE_STYLE = "color: #2e5e5a;"


class FigureCard(QFrame):
    """One headline figure: its name, its value in large type, what it is out of and means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(_CARD_STYLE)
        self.title = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        large = QFont(self.font())
        large.setPointSizeF(self.font().pointSizeF() * 1.9)
        large.setBold(True)
        self.value.setFont(large)
        self.value.setStyleSheet(_VALUE_STYLE)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(_MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.detail, self.explanation):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, figure: Figure) -> None:
        """Show a figure's value and what it means."""
        self.title.setText(tr(figure.label))
        self.value.setText(_shown(figure))
        self.detail.setText(tr_words(figure.detail))
        self.detail.setVisible(bool(figure.detail))
        self.explanation.setText(tr_words(figure.explanation))
        detail = f", {tr_words(figure.detail)}" if figure.detail else ""
        self.setAccessibleName(f"{tr(figure.label)}: {_shown(figure)}{detail}")


class StatisticsWindow(QDialog):
    """Figures for a period the coordinator chooses, counted off the GUI thread."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(tr("Service statistics"))
        self.store = store
        self.today = today or date.today()
        self.figures: ServiceFigures | None = None
        self.report: PdfPreview | None = None
        self._request = 0
        self._build()
        self.resize(1120, 800)
        self.choose_preset(Preset.THIS_FINANCIAL_YEAR)

    def _build(self) -> None:
        self.preset = QComboBox()
        for preset in Preset:
            self.preset.addItem(tr(preset.label), preset)
        self.preset.addItem(tr(CUSTOM), None)
        self.preset.setAccessibleName(tr("Period"))
        self.preset.activated.connect(self._preset_chosen)
        self.start = self._date_editor(tr_noop("From"))
        self.end = self._date_editor(tr_noop("To"))
        # Return anywhere in the window counts; it never saves or prints by surprise.
        self.count_button = QPushButton(tr("&Count"))
        self.count_button.setDefault(True)
        self.count_button.clicked.connect(self.count)
        period_label = QLabel(tr("&Period"))
        period_label.setBuddy(self.preset)
        start_label, end_label = QLabel(tr("&From")), QLabel(tr("&To"))
        start_label.setBuddy(self.start)
        end_label.setBuddy(self.end)
        chooser = QHBoxLayout()
        for widget in (period_label, self.preset, start_label, self.start, end_label, self.end):
            chooser.addWidget(widget)
        chooser.addWidget(self.count_button)
        chooser.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("statisticsProblem")
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.period_label = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.period_label.setFont(bold)
        self.status = QLabel()
        self.status.setStyleSheet(_MUTED_STYLE)
        heading = QHBoxLayout()
        heading.addWidget(self.period_label)
        heading.addWidget(self.status, 1)

        self.cards = [FigureCard() for _ in range(6)]
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, card in enumerate(self.cards):
            grid.addWidget(card, index // 3, index % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.referrals_chart = BarChart(tr("referrals received"))
        self.conferences_chart = BarChart(tr("conferences held"))
        self.chart_titles = [QLabel(), QLabel()]
        chart_row = QHBoxLayout()
        for title, chart in zip(
            self.chart_titles, (self.referrals_chart, self.conferences_chart), strict=True
        ):
            title.setFont(bold)
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(chart, 1)
            chart_row.addLayout(column, 1)

        self.csv_button = QPushButton(tr("Save as &CSV…"))
        self.csv_button.clicked.connect(self.save_csv)
        self.report_button = QPushButton(tr("PDF &report…"))
        self.report_button.setShortcut(QKeySequence("Ctrl+P"))
        self.report_button.clicked.connect(self.show_report)
        close_button = QPushButton(tr("Close"))
        close_button.clicked.connect(self.close)
        self.saved = QLabel()
        self.saved.setStyleSheet(_MUTED_STYLE)
        self.saved.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        for button in (self.csv_button, self.report_button, close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.message)
        layout.addLayout(heading)
        layout.addLayout(grid)
        layout.addLayout(chart_row, 1)
        layout.addLayout(buttons)
        self._set_ready(False)

    def _date_editor(self, name: str) -> QLineEdit:
        editor = QLineEdit()
        editor.setPlaceholderText(tr(_DATE_HINT))
        editor.setAccessibleName(tr(name))
        editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance(tr(_DATE_HINT)) + 16)
        editor.textEdited.connect(self._dates_typed)
        return editor

    @property
    def is_counting(self) -> bool:
        """True while figures are being counted."""
        return self.status.text() == tr("Counting…")

    def choose_preset(self, preset: Preset) -> None:
        """Show the figures for a preset period as it stands today."""
        self.preset.setCurrentIndex(self.preset.findData(preset))
        period = preset.period(self.today)
        self.start.setText(period.start.isoformat())
        self.end.setText(period.end.isoformat())
        self.count()

    def _preset_chosen(self, index: int) -> None:
        preset = self.preset.itemData(index)
        if preset is None:
            self.start.setFocus()
            self.start.selectAll()
        else:
            self.choose_preset(Preset(preset))

    def _dates_typed(self) -> None:
        self.preset.setCurrentIndex(self.preset.findText(tr(CUSTOM)))

    def count(self) -> None:
        """Count the figures for the dates in the From and To boxes, off the GUI thread."""
        try:
            period = period_from_text(self.start.text(), self.end.text())
        except ValidationError as error:
            self._show_problem(tr_error(error))
            (self.start if error.field == "From" else self.end).setFocus()
            return
        self.message.hide()
        preset = self.preset.currentData()
        if preset is not None and Preset(preset).period(self.today) != period:
            self.preset.setCurrentIndex(self.preset.findText(tr(CUSTOM)))
        self._request += 1
        request = self._request
        job = statistics.figures_job(self.store, period)
        self.status.setText(tr("Counting…"))
        self._set_ready(False)
        run_in_background(lambda: (request, job()), self._counted, self._count_failed)

    def _counted(self, result: tuple[int, ServiceFigures]) -> None:
        request, figures = result
        if request != self._request:
            return  # a newer period was asked for while this one was counted
        self.show_figures(figures)

    def _count_failed(self, error: Exception) -> None:
        self.status.setText("")
        if isinstance(error, StoreError):
            self._show_problem(
                tr("The figures could not be counted: {error}").format(error=tr_error(error))
            )
            return
        self._show_problem(
            tr("The figures could not be counted ({error}).").format(error=tr_error(error))
        )

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def show_figures(self, figures: ServiceFigures) -> None:
        """Show counted figures: headline cards and charts."""
        self.figures = figures
        period = figures.period
        days = tr("1 day") if period.days == 1 else tr("{count:,} days").format(count=period.days)
        self.period_label.setText(f"{tr_words(period.label)} ({days})")
        self.status.setText(tr("First and last day included."))
        for card, figure in zip(self.cards, figures.headline(), strict=True):
            card.show_figure(figure)
        for title, widget, chart in zip(
            self.chart_titles,
            (self.referrals_chart, self.conferences_chart),
            charts(figures),
            strict=True,
        ):
            title.setText(tr_words(chart.title))
            widget.set_chart(chart)
        self._set_ready(True)

    def _set_ready(self, ready: bool) -> None:
        self.csv_button.setEnabled(ready)
        self.report_button.setEnabled(ready)

    def default_file_name(self, suffix: str) -> str:
        """A file name saying what the figures are and for which days."""
        if self.figures is None:
            return f"Service statistics{suffix}"
        period = self.figures.period
        return f"Service statistics {period.start} to {period.end}{suffix}"

    def save_csv(self) -> None:
        """Ask where to save the figures as CSV and write them there."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the figures as CSV"),
            self.default_file_name(".csv"),
            tr("CSV files (*.csv)"),
        )
        if path:
            chosen = Path(path)
            self.save_csv_to(chosen if chosen.suffix else chosen.with_suffix(".csv"))

    def save_csv_to(self, path: Path) -> bool:
        """Write the shown figures to a CSV file; a failure is explained in a message box."""
        if self.figures is None:
            return False
        try:
            statistics.write_csv(self.figures, path)
        except ExportFailed as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Not saved"),
                tr_error(error),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("saveProblem")
            box.open()
            return False
        self.saved.setText(tr("Saved to {path}").format(path=path))
        return True

    def show_report(self) -> PdfPreview | None:
        """The one-page PDF report of the shown figures, to print or save."""
        if self.figures is None:
            return None
        figures = self.figures
        make = statistics.report_job(self.store, figures)
        self.report = PdfPreview(
            lambda: PdfJob(
                title=tr("Service statistics – {label}").format(label=tr(figures.period.label)),
                file_name=self.default_file_name(".pdf"),
                make=make,
            ),
            self,
            noun=tr("the statistics report"),
        )
        self.report.setObjectName("statisticsReport")
        self.report.open()
        return self.report


def _shown(figure: Figure) -> str:
    """The value with its unit in the interface's language: 12, 38.5 days, or none."""
    if figure.value is None or not figure.unit:
        return tr(figure.number)
    return f"{figure.number} {tr(figure.unit)}"
