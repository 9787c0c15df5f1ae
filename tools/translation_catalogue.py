"""Keep the interface's translation catalogue in step with the code.

    .venv/bin/python tools/translation_catalogue.py          # update the .ts, compile the .qm
    .venv/bin/python tools/translation_catalogue.py --check  # fail when either is out of date

The wording is found with `ast`: every literal passed to `tr(...)` or `tr_noop(...)` in
fgc_desktop/ui, the labels the domain gives its enums and fields (shown through `tr` where they
are displayed), and the few strings of Qt's own that the app shows (standard buttons, the text
box menu), since Qt ships no Welsh of its own. Translations already in the .ts are kept; wording
no longer in the code stays in the file as "vanished" so a reworded string can reuse it.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the domain's enums are imported to read their labels
PACKAGE = ROOT / "fgc_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"cy": "cy_GB"}
CONTEXT = "FGCDesktop"
TRANSLATING_CALLS = {"tr", "tr_noop"}
# Domain dicts of wording shown on screen (their values are English labels).
DOMAIN_LABEL_DICTS = {"_LABELS", "PERSON_FLAGS", "RECORD_KINDS", "_CHANGES"}
# Domain and service modules whose labels the interface shows through tr(); one more is added
# here once its display sites call tr() and its wording is translated.
DOMAIN_MODULES = (
    "domain/stage.py",
    "domain/dashboard.py",
    "domain/fields.py",
    "domain/review.py",
    "domain/network.py",
    "domain/conference.py",
    "domain/preparation.py",
    "domain/plan.py",
    "domain/plan_comparison.py",
    "domain/backup_rotation.py",
    "services/coordinator.py",
    "domain/progress.py",
    "domain/safety.py",
    "domain/statistics.py",
    "domain/passphrase.py",
    "domain/audit_wording.py",
)
# Every module below the interface is read for its sentences (`Words(...)` templates) and for the
# field names its ValidationErrors carry, so a refused input reads in the interface's language.
WORDS_FOLDERS = ("domain", "services", "store")
# Calls whose argument at this position names the field a ValidationError will carry.
FIELD_ARGUMENTS = {
    "ValidationError": 0,
    "clean_text": 1,
    "clean_line": 1,
    "parse_date": 1,
    "require": 1,
}
# Qt's own wording the app shows, by Qt's context: standard buttons and the text boxes' menus.
QT_STRINGS: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK",
        "Save",
        "Save All",
        "Open",
        "&Yes",
        "Yes to &All",
        "&No",
        "N&o to All",
        "Abort",
        "Retry",
        "Ignore",
        "Close",
        "Cancel",
        "Discard",
        "Help",
        "Apply",
        "Reset",
        "Restore Defaults",
    ),
    "QWidgetTextControl": (
        "&Undo",
        "&Redo",
        "Cu&t",
        "&Copy",
        "&Paste",
        "Delete",
        "Select All",
        "Copy &Link Location",
    ),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
}


@dataclass
class Message:
    """One string to translate, with where it was found."""

    context: str
    source: str
    comment: str | None
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment or "")


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _ui_messages(path: Path) -> list[tuple[str, str | None, int]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in TRANSLATING_CALLS or not node.args:
            continue
        text = _literal(node.args[0])
        if text is None:
            continue
        comment = _literal(node.args[1]) if len(node.args) > 1 else None
        found.append((text, comment, node.lineno))
    return found


def _domain_messages(path: Path) -> list[tuple[str, str | None, int]]:
    """Labels of enums (`_LABELS` dicts, dicts inside a `label` property) and of FieldSpecs."""
    found: list[tuple[str, str | None, int]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    dicts: list[ast.Dict] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple | ast.List):
            names = {t.id for t in node.targets if isinstance(t, ast.Name)}
            if any(n.endswith("_WORDS") for n in names):
                found += [
                    (text, None, node.lineno) for text in map(_literal, node.value.elts) if text
                ]
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            names = {t.id for t in node.targets if isinstance(t, ast.Name)}
            if names & DOMAIN_LABEL_DICTS or any(n.endswith("_WORDS") for n in names):
                dicts.append(node.value)
        elif isinstance(node, ast.FunctionDef) and node.name == "label":
            body = node.body[1:] if ast.get_docstring(node) else node.body
            for statement in body:
                # Pieces of an f-string are not wording of their own.
                pieces = {
                    id(part)
                    for joined in ast.walk(statement)
                    if isinstance(joined, ast.JoinedStr)
                    for part in joined.values
                }
                found += [
                    (n.value, None, n.lineno)
                    for n in ast.walk(statement)
                    if _literal(n) and id(n) not in pieces and any(ch.isalpha() for ch in n.value)
                ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Words"
        ):
            text = _literal(node.args[0]) if node.args else None
            if text:
                found.append((text, None, node.lineno))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Figure"
        ):
            # A statistics figure: its label, its explanation and what it is a share of.
            found += [
                (text, None, node.lineno)
                for text in (
                    _literal(arg) for arg in [*node.args, *(k.value for k in node.keywords)]
                )
                if text and any(ch.isalpha() for ch in text)
            ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "FieldSpec"
        ):
            label = node.args[1] if len(node.args) > 1 else None
            label = label or next((k.value for k in node.keywords if k.arg == "label"), None)
            text = _literal(label)
            if text:
                found.append((text, None, node.lineno))
    for mapping in dicts:
        for value in mapping.values:
            text = _literal(value)
            if text:
                found.append((text, None, value.lineno))
    return found


def _words_messages(path: Path) -> list[tuple[str, str | None, int]]:
    """`Words` templates and the field names given to ValidationErrors and the cleaning calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: text
        for node in tree.body
        if isinstance(node, ast.Assign) and (text := _literal(node.value))
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found: list[tuple[str, str | None, int]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        position = FIELD_ARGUMENTS.get(node.func.id)
        if node.func.id == "Words":
            position = 0
        if position is None or len(node.args) <= position:
            continue
        argument = node.args[position]
        text = _literal(argument)
        if text is None and isinstance(argument, ast.Name):
            text = constants.get(argument.id)
        if text and any(ch.isalpha() for ch in text):
            found.append((text, None, node.lineno))
    return found


def _enum_labels(name: str) -> list[str]:
    """Every `label` of the enums a domain module defines, however it is worked out."""
    module = importlib.import_module("fgc_desktop." + name.removesuffix(".py").replace("/", "."))
    labels = []
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, Enum)
            and value.__module__ == module.__name__
            and isinstance(getattr(value, "label", None), property)
        ):
            labels += [member.label for member in value]
    return labels


def messages_in_code() -> dict[tuple[str, str, str], Message]:
    """Every translatable string of the interface, in the order first met."""
    messages: dict[tuple[str, str, str], Message] = {}

    def add(context: str, text: str, comment: str | None, where: str) -> None:
        message = Message(context, text, comment)
        kept = messages.setdefault(message.key, message)
        if where not in kept.files:
            kept.files.append(where)

    for path in sorted((PACKAGE / "ui").glob("*.py")):
        for text, comment, _line in _ui_messages(path):
            add(CONTEXT, text, comment, _relative(path))
    for name in DOMAIN_MODULES:
        path = PACKAGE / name
        for text, comment, _line in _domain_messages(path):
            add(CONTEXT, text, comment, _relative(path))
        for text in _enum_labels(name):
            add(CONTEXT, text, None, _relative(path))
    for folder in WORDS_FOLDERS:
        for path in sorted((PACKAGE / folder).glob("*.py")):
            for text, comment, _line in _words_messages(path):
                add(CONTEXT, text, comment, _relative(path))
    for context, texts in QT_STRINGS.items():
        for text in texts:
            add(context, text, None, "Qt")
    return messages


def ts_path(language: str) -> Path:
    """The catalogue source of a language."""
    return TRANSLATIONS / f"fgc_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled catalogue of a language, as loaded by the app."""
    return TRANSLATIONS / f"fgc_desktop_{language}.qm"


def read_translations(path: Path) -> dict[tuple[str, str, str], tuple[str, bool]]:
    """The translations in a .ts: key -> (translation, finished)."""
    if not path.exists():
        return {}
    kept: dict[tuple[str, str, str], tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            finished = kind is None and bool(text)
            previous = kept.get((name, source, comment))
            if previous is None or (finished and not previous[1]):
                kept[(name, source, comment)] = (
                    text,
                    finished or (kind == "vanished" and bool(text)),
                )
    return kept


def render_ts(language: str, messages: dict, translations: dict) -> str:
    """The .ts text for the code's messages, keeping known translations and vanished ones."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en_GB")
    by_context: dict[str, list] = {}
    for key, message in messages.items():
        by_context.setdefault(message.context, []).append((key, message, False))
    for key, (text, _finished) in translations.items():
        if key not in messages and text:
            by_context.setdefault(key[0], []).append((key, Message(*key), True))
    for context, entries in by_context.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for key, message, vanished in entries:
            entry = ET.SubElement(element, "message")
            for where in message.files:
                if where != "Qt":
                    ET.SubElement(entry, "location", filename=f"../../{where}")
            ET.SubElement(entry, "source").text = message.source
            if message.comment:
                ET.SubElement(entry, "comment").text = message.comment
            text, finished = translations.get(key, ("", False))
            translation = ET.SubElement(entry, "translation")
            if vanished:
                translation.set("type", "vanished")
            elif not finished:
                translation.set("type", "unfinished")
            translation.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def lrelease(ts: Path, qm: Path) -> None:
    """Compile a .ts with Qt's lrelease from this Python's environment."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(tool), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def compiled_bytes(ts: Path) -> bytes:
    """What lrelease makes of a .ts now."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.qm"
        lrelease(ts, target)
        return target.read_bytes()


def update(language: str) -> list[str]:
    """Write the .ts and .qm of a language; returns the sources still untranslated."""
    messages = messages_in_code()
    ts = ts_path(language)
    translations = read_translations(ts)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts.write_text(render_ts(language, messages, translations), encoding="utf-8")
    lrelease(ts, qm_path(language))
    return [m.source for k, m in messages.items() if not translations.get(k, ("", False))[1]]


def problems(language: str) -> list[str]:
    """Why the committed catalogue is out of date with the code (empty when it is not)."""
    messages = messages_in_code()
    ts = ts_path(language)
    translations = read_translations(ts)
    found = []
    if not ts.exists() or ts.read_text(encoding="utf-8") != render_ts(
        language, messages, translations
    ):
        found.append(f"{_relative(ts)} is not what the code gives: run {USAGE}")
    found += [
        f"untranslated ({language}): {m.source!r} ({', '.join(m.files)})"
        for k, m in messages.items()
        if not translations.get(k, ("", False))[1]
    ]
    if ts.exists() and (
        not qm_path(language).exists() or qm_path(language).read_bytes() != compiled_bytes(ts)
    ):
        found.append(f"{_relative(qm_path(language))} is older than its .ts: run {USAGE}")
    return found


USAGE = ".venv/bin/python tools/translation_catalogue.py"


def main() -> int:
    """Update (or with --check, only check) every language's catalogue."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args()
    status = 0
    for language in LANGUAGES:
        if args.check:
            for problem in problems(language):
                print(problem)
                status = 1
        else:
            missing = update(language)
            print(f"{_relative(ts_path(language))}: {len(missing)} untranslated")
            for source in missing:
                print(f"  {source!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
