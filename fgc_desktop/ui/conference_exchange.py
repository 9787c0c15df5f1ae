"""Moving one conference between laptops from the File menu: export to and import from JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from fgc_desktop.services import exchange
from fgc_desktop.services.exchange import ExchangeError, ImportResult
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.translation import tr, tr_error, tr_noop, tr_words

_FILTER = tr_noop("Conference files (*.json);;All files (*)")


def export_conference(parent: QWidget, store: Store, reference: str) -> Path | None:
    """Ask where to save one conference as JSON and write it; the file written, or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Export {reference}").format(reference=reference),
        str(Path.home() / f"{reference}.json"),
        tr(_FILTER),
    )
    if not name:
        return None
    try:
        exchange.write_export(store, reference, Path(name))
    except (ExchangeError, StoreError) as error:
        _problem(parent, tr("Not exported"), error)
        return None
    return Path(name)


def import_conference(parent: QWidget, store: Store) -> ImportResult | None:
    """Ask for a conference file and add it; every problem is shown and nothing half-written."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Import a conference"), str(Path.home()), tr(_FILTER)
    )
    if not name:
        return None
    try:
        return exchange.import_conference(store, exchange.read_import(Path(name)))
    except (ExchangeError, StoreError) as error:
        _problem(parent, tr("Not imported"), error, tr("Nothing was added to the caseload."))
        return None


def _problem(parent: QWidget, title: str, error: Exception, consequence: str = "") -> None:
    problems = (
        [tr_words(problem) for problem in error.problems]
        if isinstance(error, ExchangeError)
        else [tr_error(error)]
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, problems[0], parent=parent)
    box.setObjectName("exchangeProblem")
    if consequence:
        box.setInformativeText(consequence)
    if len(problems) > 1:
        box.setText(
            tr("The file has {count_problems} problems; the first is: {value3}").format(
                count_problems=len(problems), value3=problems[0]
            )
        )
        box.setDetailedText("\n".join(problems))
        # Qt gives the details 100 px, so two wrapped problems already scroll: show a dozen lines.
        details = box.findChild(QTextEdit)
        if details is not None:
            details.setFixedHeight(details.fontMetrics().lineSpacing() * 12)
    box.open()
