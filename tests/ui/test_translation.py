"""Every visible string goes through Qt's translation, and the Welsh catalogue covers them all."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sqlite3
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.audit_wording import field_changes, kind_label
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.validation import ValidationError, parse_date
from fgc_desktop.domain.wording import Words, listed
from fgc_desktop.services import caseload, demo_caseload, exchange, history
from fgc_desktop.store.audit import AuditEntry
from fgc_desktop.store.connection import Store
from fgc_desktop.store.ownership import owned_tables
from fgc_desktop.ui.interface_language import chosen_language
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.retention_window import RetentionWindow
from fgc_desktop.ui.settings_dialog import SettingsDialog
from fgc_desktop.ui.statistics_chart import axis_text
from fgc_desktop.ui.translation import (
    history_record,
    install_translator,
    tr,
    tr_date,
    tr_error,
    tr_steps,
    tr_words,
)
from tests.retention_cases import ZEBEDEE, store_closed
from tests.ui.conftest import open_conference, type_into, type_text

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "fgc_desktop" / "ui"

# Modules whose wording is not yet wrapped in tr() and translated. The list only shrinks: the
# test fails when a module on it has become clean, so it is taken off.
NOT_YET_TRANSLATED: set[str] = set()


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


CODEMOD = _tool("wrap_tr_codemod")
CATALOGUE = _tool("translation_catalogue")


def _is_text(node: ast.expr) -> bool:
    return CODEMOD.is_text(node)


def untranslated_texts(source: str) -> list[tuple[int, str]]:
    """(line, what) for each literal shown by a Qt text call without tr, or tr of an f-string."""
    found: list[tuple[int, str]] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "headerData":
            found += [
                (ret.lineno, "headerData returns a literal")
                for ret in ast.walk(node)
                if isinstance(ret, ast.Return) and ret.value is not None and _is_text(ret.value)
            ]
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        if isinstance(node.func, ast.Name) and node.func.id in {"tr", "tr_noop"}:
            if node.args and isinstance(node.args[0], ast.JoinedStr | ast.BinOp):
                found.append((node.lineno, f"{name}() of something the catalogue cannot read"))
            continue
        arguments = [node.args[i] for i in CODEMOD.text_positions(node) if i < len(node.args)]
        arguments += [k.value for k in node.keywords if k.arg in CODEMOD.KEYWORDS]
        if isinstance(node.func, ast.Attribute) and node.func.attr in CODEMOD.LIST_METHODS:
            listed = node.args[0] if node.args else None
            if isinstance(listed, ast.List | ast.Tuple):
                arguments += listed.elts
        found += [
            (node.lineno, f"{name}({ast.unparse(text)[:50]})")
            for argument in arguments
            for text in CODEMOD.text_nodes(argument)
        ]
    return found


def offences() -> dict[str, list[str]]:
    """Module name -> its untranslated texts as file:line."""
    result: dict[str, list[str]] = {}
    for path in sorted(UI.glob("*.py")):
        for line, what in untranslated_texts(path.read_text(encoding="utf-8")):
            result.setdefault(path.name, []).append(f"fgc_desktop/ui/{path.name}:{line}: {what}")
    return result


def test_every_text_given_to_qt_goes_through_tr() -> None:
    listed = [
        line
        for module, lines in sorted(offences().items())
        if module not in NOT_YET_TRANSLATED
        for line in lines
    ]
    assert not listed, "Wrap these in tr(...):\n" + "\n".join(listed)


def test_the_not_yet_translated_list_only_names_modules_with_work_left() -> None:
    clean = sorted(NOT_YET_TRANSLATED - set(offences()))
    assert not clean, f"take these off NOT_YET_TRANSLATED, they are done: {clean}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('label = QLabel("Plain text")', 1),
        ('self.setWindowTitle(f"Plan of {name}")', 1),
        ('box.addTab(page, "&Notes")', 1),
        ('QMessageBox.question(self, "Sure?", "Delete it?")', 2),
        ('self.table.setHorizontalHeaderLabels(["Name", "Role"])', 2),
        ('button.setToolTip(tr("Keep it"))', 0),
        ('button.setToolTip(tr(f"Keep {it}"))', 1),
        ('label.setObjectName("status")', 0),
        ("label.setText(person.name)", 0),
        ("def headerData(self, s, o, r):\n    return 'Reference'", 1),
        ('label.setText("Open" if shown else "Closed")', 2),
        ('label.setText(f"<b>{name}</b>")', 0),
        ('ask_reason(self, "Go back", prompt, "Go back")', 2),
    ],
)
def test_the_scan_finds_what_it_should(source: str, expected: int) -> None:
    assert len(untranslated_texts(source)) == expected


def test_the_catalogue_has_every_string_translated_and_compiled() -> None:
    problems = CATALOGUE.problems("cy")
    assert not problems, "\n".join(problems[:60]) + f"\n({len(problems)} in all)"


# --- At run time, in Welsh -------------------------------------------------------------------


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[dict[str, str]]:
    """The Welsh catalogue installed for one test; English -> Welsh of every finished string."""
    before = QLocale()
    translator = install_translator(Language.WELSH)
    assert translator is not None, "the Welsh .qm did not load"
    translations = CATALOGUE.read_translations(CATALOGUE.ts_path("cy"))
    yield {
        source: text
        for (context, source, _comment), (text, finished) in translations.items()
        if context == "FGCDesktop" and finished and text != source
    }
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see or hear on a window and its children."""
    found: list[tuple[str, str]] = [(type(root).__name__ + " title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in (w for w in widgets if _in_a_translated_module(w)):
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for attribute in ("text", "title", "placeholderText"):
            getter = getattr(widget, attribute, None)
            # What is typed in a box is the coordinator's data, not the interface's words.
            typed = attribute == "text" and isinstance(widget, QLineEdit)
            if (
                callable(getter)
                and not typed
                and not isinstance(widget, QTextEdit | QPlainTextEdit)
            ):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    found.append((where, value))
        found += [(where + " tooltip", widget.toolTip()), (where, widget.accessibleName())]
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                found.append((where + " tab", widget.tabText(index)))
                found.append((where + " tab tooltip", widget.tabToolTip(index)))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount()):
                found.append(
                    (where + " header", str(model.headerData(section, widget.orientation())))
                )
        for action in QWidget.actions(widget):
            found += [(where + " action", action.text()), (where + " action", action.toolTip())]
            if action.menu() is not None:
                found.append((where + " menu", action.menu().title()))
    return [(where, text) for where, text in found if text]


def _accelerator(text: str) -> str:
    """The letter after a single & (the Alt key of a menu item), or empty text."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).lower() if found else ""


def _in_a_translated_module(widget: QWidget) -> bool:
    """False inside any widget whose module is still on NOT_YET_TRANSLATED."""
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("fgc_desktop.ui.") and (
            module.rsplit(".", 1)[1] + ".py" in NOT_YET_TRANSLATED
        ):
            return False
        current = current.parentWidget()
    return True


def still_english(texts: list[tuple[str, str]], welsh: dict[str, str]) -> list[str]:
    """The texts shown in English although the catalogue has Welsh for them."""
    return sorted({f"{where}: {text!r}" for where, text in texts if text in welsh})


def test_the_window_speaks_welsh(
    qtbot: QtBot, store: Store, welsh: dict[str, str], tmp_path: Path
) -> None:
    conference = demo_caseload.write_demo_caseload(store)[1]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = visible_texts(window)
    assert any(text == "&Ffeil" for _, text in seen), "the File menu is not in Welsh"
    for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
        keys = [_accelerator(a.text()) for a in menu.actions() if _accelerator(a.text())]
        assert len(keys) == len(set(keys)), f"two Welsh items share an Alt key: {keys}"
    open_conference(window, store, conference.id, "Plan")
    # Every page, so pages built when first shown are built.
    for page in list(window.conference._pages):
        window.conference.show_page(page)
    seen += visible_texts(window)
    settings = SettingsDialog(store, window)
    qtbot.addWidget(settings)
    seen += visible_texts(settings)
    statistics = window.show_statistics()
    qtbot.waitUntil(lambda: not statistics.is_counting, timeout=20_000)
    for other in (
        statistics,
        window.show_subject_access(),
        window.show_retention(),
        window.show_verify_plan(),
    ):
        seen += visible_texts(other)
        other.close()
    assert not still_english(seen, welsh), "\n".join(still_english(seen, welsh))


def test_the_runtime_check_catches_a_string_without_tr(qtbot: QtBot, welsh: dict[str, str]) -> None:
    """The check above can fail: a label built from English that has Welsh is caught."""
    box = QGroupBox()
    qtbot.addWidget(box)
    label = QLabel("Consent withdrawn", box)
    label.setObjectName("unwrapped")
    translated = QLabel(tr("Consent withdrawn"), box)
    assert translated.text() == "Cydsyniad wedi'i dynnu'n ôl"
    assert still_english(visible_texts(box), welsh) == ["QLabel 'unwrapped': 'Consent withdrawn'"]


def test_choosing_cymraeg_in_settings_shows_welsh_from_the_next_start(
    qtbot: QtBot, store: Store, qapp: QApplication
) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.language)
    assert dialog.language.choice.currentText() == "English"
    dialog.language.choice.setCurrentIndex(dialog.language.choice.findText("Cymraeg"))
    assert chosen_language() is Language.WELSH
    assert "tro nesaf" in dialog.language.message.text()
    assert "next time FGC Desktop is started" in dialog.language.message.text()
    dialog.close()
    # The next start installs the Welsh catalogue before any window is built.
    before = QLocale()
    translator = install_translator(chosen_language())
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:3] == ["&Ffeil", "&Mynd", "&Cynhadledd"]
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
    english = MainWindow(store)
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"


def test_steps_from_the_domain_are_shown_in_welsh(welsh: dict[str, str]) -> None:
    steps = [Words("Visit or call {name}", name="Siân"), Words("Book the venue")]
    assert tr_steps(steps, "; ") == "Ymweld â Siân neu ffonio; Trefnu'r lleoliad"
    assert tr_words("Typed by a coordinator") == "Typed by a coordinator"


# --- Messages when input is refused ----------------------------------------------------------


def test_a_refused_date_is_explained_in_welsh(
    qtbot: QtBot, welsh: dict[str, str], window: MainWindow, store: Store
) -> None:
    conference = caseload.create_conference(store, "Nowak family")
    open_conference(window, store, conference.id, "Referral")
    form = window.conference.referral.referrer
    type_into(qtbot, form.editor("referral_received_on"), "31/02/2026")
    assert form.error_text("referral_received_on") == (
        "⚠ Atgyfeiriad wedi'i dderbyn ar: nid yw “31/02/2026” yn ddyddiad go iawn"
    )
    family = window.conference.referral.family
    family.editor("family_name").setFocus()
    family.editor("family_name").selectAll()
    qtbot.keyClick(family.editor("family_name"), Qt.Key.Key_Delete)
    qtbot.keyClick(family.editor("family_name"), Qt.Key.Key_Return)
    assert family.error_text("family_name") == "⚠ Enw'r teulu: ni all fod yn wag"


def test_a_refused_value_reads_as_before_in_english() -> None:
    """The English message, shown by the CLI and compared by tests, is byte for byte the same."""
    with pytest.raises(ValidationError) as raised:
        parse_date("31/02/2026", "Referral received on")
    assert str(raised.value) == "Referral received on: “31/02/2026” is not a real date"
    assert tr_error(raised.value) == str(raised.value)


def test_a_service_message_with_values_is_shown_in_welsh(welsh: dict[str, str]) -> None:
    error = ValidationError(
        Words("Phrase {number}", number=2),
        Words("give a restorative rewording for “{wording}”", wording="failed to engage"),
    )
    assert str(error) == "Phrase 2: give a restorative rewording for “failed to engage”"
    assert tr_error(error) == "Ymadrodd 2: rhowch aralleiriad adferol ar gyfer “failed to engage”"
    assert tr_error(OSError("disk on fire")) == "disk on fire"


def test_a_read_only_store_is_explained_in_welsh(
    qtbot: QtBot, welsh: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "caseload.sqlite"
    writable = caseload.open_caseload(path)
    conference = caseload.create_conference(writable, "Nowak family")
    writable.close()
    # Every write is refused, as in a read-only folder (see tests/ui/test_bad_input.py).
    store = Store(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True), path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    open_conference(window, store, conference.id, "Referral")
    type_into(qtbot, window.conference.referral.details.editor("worries"), "Neb yn eu casglu")
    box = window.findChild(QMessageBox, "storeProblem")
    assert box is not None and box.isVisible()
    assert box.text() == (
        f"Nid oes modd ysgrifennu i {path} (mae'r ffeil neu ei ffolder yn ddarllen yn unig). "
        "Ni newidiwyd dim; mae'r hyn a deipiwyd gennych yn dal ar y sgrin."
    )
    box.accept()
    window.close()
    store.close()


def test_a_history_line_reads_in_welsh(
    qtbot: QtBot, welsh: dict[str, str], window: MainWindow, store: Store
) -> None:
    conference = caseload.create_conference(store, "Nowak family")
    open_conference(window, store, conference.id, "Referral")
    referrer = window.conference.referral.referrer
    type_into(qtbot, referrer.editor("referrer_name"), "Jo Bennett")
    type_into(qtbot, referrer.editor("referrer_name"), "Jo Bennett-Łukasik")
    window.conference.show_page("History")
    page = window.conference.history
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3)
    shown = [page.model.index(0, column).data() for column in (2, 3)]
    assert shown == ["Cynhadledd", "Wedi newid Atgyfeiriwr: Jo Bennett → Jo Bennett-Łukasik"]
    # The stored line stays English, for the audit trail and the CLI.
    assert page.model.line(0).summary == "Changed Referrer: Jo Bennett → Jo Bennett-Łukasik"
    page.table.selectRow(0)
    detail = page.detail.toPlainText()
    assert "Cynhadledd · gan " in detail and "Atgyfeiriwr" in detail
    assert "Wedi dechrau'r gynhadledd" in [
        page.model.index(row, 3).data() for row in range(page.model.rowCount())
    ]


def test_the_interface_shows_errors_through_tr_error() -> None:
    """`str(error)` would show a refusal or a store message in English whatever the language."""
    shown_raw = re.compile(r"str\((error|exc|failure)\)|f\"\{(error|exc|failure)\}\"")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(UI.glob("*.py"))
        if path.name != "translation.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if shown_raw.search(line)
    ]
    assert not found, "show these with tr_error(error):\n" + "\n".join(found)


def _refusals_without_words(path: Path) -> list[int]:
    """Lines of `ValidationError(field, message)` calls whose message is not a `Words(...)`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "ValidationError"
            and len(node.args) == 2
        ):
            message = node.args[1]
            words = (
                isinstance(message, ast.Call)
                and isinstance(message.func, ast.Name)
                and message.func.id == "Words"
            )
            if not words:
                found.append(node.lineno)
    return found


def test_every_refusal_below_the_interface_is_words() -> None:
    """A ValidationError's message is a Words, so the catalogue finds it and Welsh can show it."""
    package = ROOT / "fgc_desktop"
    paths = sorted([*(package / "domain").glob("*.py"), *(package / "services").glob("*.py")])
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in paths
        for line in _refusals_without_words(path)
    ]
    assert not found, "give these a Words(...) message:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('raise ValidationError("Field", "cannot be empty")', 1),
        ('raise ValidationError("Field", f"{text} is not a date")', 1),
        ('raise ValidationError("Field", Words("{text} is not a date", text=text))', 0),
    ],
)
def test_the_refusal_scan_finds_what_it_should(tmp_path: Path, source: str, expected: int) -> None:
    path = tmp_path / "scanned.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert len(_refusals_without_words(path)) == expected


def test_dates_are_written_with_welsh_day_and_month_names(welsh: dict[str, str]) -> None:
    day = date(2026, 11, 25)
    assert tr_date(day, "%a %d %b") == "Mer 25 Tach"
    assert tr_date(day, "%A %d %B %Y") == "Dydd Mercher 25 Tachwedd 2026"
    assert axis_text("Apr–Jun") == "Ebr–Meh" and axis_text("2026") == "2026"


def test_dates_stay_english_without_the_welsh_catalogue() -> None:
    day = date(2026, 11, 25)
    assert tr_date(day, "%a %d %b %Y, 100%%") == "Wed 25 Nov 2026, 100%"
    assert tr_date(day, "%A %d %B %Y") == "Wednesday 25 November 2026"


# --- Problems with an import file, and retention refusals ------------------------------------


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    chosen = (str(path), "Conference files (*.json)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: chosen)


def _message_box(qtbot: QtBot, window: QWidget, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, name)))
    return next(b for b in window.findChildren(QMessageBox, name) if b.isVisible())


def test_a_broken_import_file_is_explained_in_welsh(
    qtbot: QtBot,
    welsh: dict[str, str],
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "broken.json"
    child = {"id": "p1", "name": "Zofia", "role": "wizard", "date_of_birth": "2019-02-31"}
    conference = {"id": "c1", "reference": "FGC-2026-0001", "family_name": "", "people": [child]}
    data = {"format": "fgc-desktop/conference", "schema_version": 1, "conference": conference}
    path.write_text(json.dumps(data), encoding="utf-8")
    _choose_file(monkeypatch, path)
    window.import_action.trigger()
    box = _message_box(qtbot, window, "exchangeProblem")
    assert box.windowTitle() == "Heb ei mewnforio"
    assert box.text() == (
        "Mae gan y ffeil 3 problem; y cyntaf yw: conference.family_name: ni all fod yn wag."
    )
    assert box.informativeText() == "Ni ychwanegwyd dim at y llwyth achosion."
    # The field's place in the file stays as the file spells it; the rest is Welsh.
    assert box.detailedText().splitlines() == [
        "conference.family_name: ni all fod yn wag.",
        "conference.people[0].role: nid yw “wizard” yn un o: child, parent, carer, grandparent, "
        "aunt_uncle, sibling, friend, community, professional, advocate, interpreter.",
        "conference.people[0].date_of_birth: nid yw “2019-02-31” yn ddyddiad go iawn.",
    ]
    assert not still_english(visible_texts(box), welsh), still_english(visible_texts(box), welsh)
    [show_details] = [
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole
    ]
    assert show_details.text() == "Dangos y manylion..."
    show_details.click()
    details = box.findChild(QTextEdit)
    assert details is not None
    qtbot.waitUntil(details.isVisible)
    # The longer Welsh wraps onto more lines; all three problems still show without scrolling.
    assert details.verticalScrollBar().maximum() == 0
    box.close()
    assert caseload.is_empty(store)


def test_a_file_that_is_not_json_is_explained_in_welsh(
    qtbot: QtBot,
    welsh: dict[str, str],
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "notes.json"
    path.write_text("Nain's phone numbers\n", encoding="utf-8")
    _choose_file(monkeypatch, path)
    window.import_action.trigger()
    box = _message_box(qtbot, window, "exchangeProblem")
    # Python's own reason for the JSON fault is kept as it reads: it names the fault exactly.
    assert box.text() == f"Nid yw {path} yn JSON dilys (llinell 1, colofn 1: Expecting value)."
    assert box.detailedText() == ""
    box.close()


def test_import_problems_read_as_before_in_english(tmp_path: Path) -> None:
    """The CLI shows `problems` as they are: the same English, each one a translatable Words."""
    path = tmp_path / "notes.json"
    path.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(exchange.ExchangeError) as raised:
        exchange.read_import(path)
    [problem] = raised.value.problems
    assert isinstance(problem, Words)
    assert problem == f"{path} is not valid JSON (line 1, column 6: Expecting ',' delimiter)."
    assert str(raised.value) == problem


def _plain_problems(path: Path) -> list[int]:
    """Lines where an import or export problem is written as plain text instead of a Words."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        given: list[ast.expr] = []
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "append":
            owner = func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            given = list(node.args) if name == "problems" else []
        elif isinstance(func, ast.Name) and func.id == "ExchangeError" and node.args:
            listed = node.args[0]
            if isinstance(listed, ast.List):
                given = list(listed.elts)
            elif isinstance(listed, ast.ListComp):
                given = [listed.elt]
        found += [
            item.lineno
            for item in given
            if isinstance(item, ast.JoinedStr)
            or (isinstance(item, ast.Constant) and isinstance(item.value, str))
        ]
    return found


def test_every_import_problem_is_words() -> None:
    """A problem written as text would show in English in the Welsh interface."""
    path = ROOT / "fgc_desktop" / "services" / "exchange.py"
    assert not _plain_problems(path), f"give these a Words(...): {_plain_problems(path)}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('self.problems.append(f"{where}: must be a list.")', 1),
        ('problems.append("conference: must be an object.")', 1),
        ('raise ExchangeError([f"{path} does not exist."])', 1),
        ('raise ExchangeError([f"{p}: taken." for p in clashes])', 1),
        ('self.problems.append(Words("{where}: must be a list.", where=where))', 0),
        ('raise ExchangeError([Words("{path} does not exist.", path=path)])', 0),
    ],
)
def test_the_problem_scan_finds_what_it_should(tmp_path: Path, source: str, expected: int) -> None:
    path = tmp_path / "scanned.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert len(_plain_problems(path)) == expected


def test_a_refused_retention_run_is_explained_in_welsh(
    qtbot: QtBot, welsh: dict[str, str], window: MainWindow, store: Store
) -> None:
    closed_at = (date.today() - timedelta(days=5 * 366)).isoformat() + "T10:00:00+00:00"
    closed = store_closed(store, ZEBEDEE, closed_at)
    window.retention_action.trigger()
    review = window.findChild(RetentionWindow)
    assert review is not None and review.isVisible()
    assert [c.conference_id for c in review.ticked()] == [closed.id]
    # Someone reopens the conference while the review is on screen.
    with store.writing() as db:
        db.execute("UPDATE conferences SET stage = ? WHERE id = ?", ["review", closed.id])
    type_text(qtbot, review.confirmation, "1")
    qtbot.mouseClick(review.run_button, Qt.MouseButton.LeftButton)
    box = _message_box(qtbot, review, "retentionProblem")
    refusal = (
        f"Ni ddilëwyd dim ac ni wnaed dim yn ddienw: mae {closed.reference} ar agor eto. "
        "Agorwch yr adolygiad cadw eto i weld y rhestr fel y mae nawr."
    )
    assert box.windowTitle() == "Ni newidiwyd dim"
    assert box.text() == refusal
    assert review.status.text() == f"Ni newidiwyd dim. {refusal}"
    box.close()
    assert caseload.load(store, closed.id).family_name == "Zebedee family"


def test_several_retention_refusals_are_each_translated(welsh: dict[str, str]) -> None:
    reasons = [
        Words("{reference} is open again", reference="FGC-2026-0001"),
        Words("a conference that is no longer in the caseload"),
    ]
    joined = listed(reasons)
    assert joined == "; ".join(reasons)
    assert tr_words(joined) == (
        "mae FGC-2026-0001 ar agor eto; cynhadledd nad yw yn y llwyth achosion mwyach"
    )


# --- The History's own words -----------------------------------------------------------------


def test_every_record_and_field_the_history_can_show_has_welsh(store: Store) -> None:
    """A table or column without a label would show its English name made from the schema."""
    sources = {message.source for message in CATALOGUE.messages_in_code().values()}
    missing = []
    for table in owned_tables(store.db):
        if kind_label(table) not in sources:
            missing.append(f"{table}: {kind_label(table)!r}")
        held = {column.name: "x" for column in store.db[table].columns}
        missing += [
            f"{table}: {change.label!r}"
            for change in field_changes(table, None, held)
            if change.label not in sources
        ]
    assert not missing, "give these a label in domain/audit_wording.py:\n" + "\n".join(missing)


def test_a_plan_agreed_and_a_review_read_in_welsh_in_the_history(
    qtbot: QtBot, welsh: dict[str, str], window: MainWindow, store: Store
) -> None:
    nowak = demo_caseload.write_demo_caseload(store)[0]
    open_conference(window, store, nowak.id, "Referral")
    window.conference.show_page("History")
    page = window.conference.history
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    shown = {page.model.index(row, 3).data() for row in range(page.model.rowCount())}
    assert "Wedi newid Statws: Drafft → Wedi'i gytuno" in shown
    assert any("Amser dechrau: " in text for text in shown)
    records = {page.model.index(row, 2).data() for row in range(page.model.rowCount())}
    assert "Ôl bys PDF y cytunwyd arno" in records


def test_someone_no_longer_recorded_reads_in_welsh(welsh: dict[str, str], store: Store) -> None:
    visit = AuditEntry(
        1, "2026-11-25T10:00:00+00:00", "coordinator", "visits", "v1", "insert", None,
        {"person_id": "gone", "visited_on": "2026-11-20"},
    )  # fmt: skip
    [line] = history.describe(store, [visit])
    assert line.title == "someone no longer recorded"  # the English, as before
    assert history_record(line.kind, line.title) == (
        "Ymweliad paratoi: rhywun nad yw wedi'i gofnodi mwyach"
    )
