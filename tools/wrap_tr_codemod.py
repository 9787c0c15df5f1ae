"""One-off codemod: wrap the literal texts passed to Qt's text-setting calls in `tr(...)`.

    .venv/bin/python tools/wrap_tr_codemod.py fgc_desktop/ui/main_window.py ...

f-strings become `tr("… {name} …").format(name=…)`. It then lists the other prose-like string
literals left in each file, for a person to judge (data, object names and styles stay as they are).
Kept in the repository so a branch merged later can be wrapped the same way.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

# Method name -> positions of its text arguments.
METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setCancelButtonText": (0,),
    "setButtonText": (1,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addButton": (0,),
    "addRow": (0,),
    "addItem": (0,),
    "insertItem": (1,),
    "showMessage": (0,),
    "setNameFilter": (0,),
}
LIST_METHODS = {
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "addItems",
}
CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QToolButton": (),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
    "QMessageBox": (1, 2),
    "QListWidgetItem": (0,),
}
STATIC: dict[str, tuple[int, ...]] = {
    "question": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
}
# The project's own helpers that put their text arguments on screen.
HELPERS: dict[str, tuple[int, ...]] = {
    "_warn": (1, 2, 3),
    "_message": (2, 3, 4),
    "wait_with_progress": (1,),
    "ask_reason": (1, 2, 3),
    "_Section": (1,),
    "show_count": (0, 2),
    "_list_view": (1,),
    "Column": (0,),
    "show_message": (0,),
    "_problem": (0,),
    "_show_error": (0,),
    "_show_status": (0,),
    "_show_message": (0,),
    "_show_agree_message": (0,),
    "_show_problem": (0,),
    "list_table": (1,),
    "_show": (1,),
    "_tell": (0,),
    "add_row": (0,),
    "section": (0, 2),
    "_box": (0,),
    "_choice_row": (1,),
    "_flag_row": (1, 3),
}
STATIC_OWNERS = {"QMessageBox", "QFileDialog", "QInputDialog"}
KEYWORDS = {
    "text",
    "title",
    "toolTip",
    "caption",
    "filter",
    "informativeText",
    "intro",
    "action",
    "busy",
    "cancel",
    "current_label",
    "prompt",
    "empty",
    "name_prefix",
    "noun",
}


def text_positions(call: ast.Call) -> tuple[int, ...]:
    """The argument positions of a call that take visible text."""
    func = call.func
    if isinstance(func, ast.Name):
        return CONSTRUCTORS.get(func.id) or HELPERS.get(func.id, ())
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in {
            "QMessageBox",
            "QFileDialog",
            "QInputDialog",
        }:
            return STATIC.get(func.attr, ())
        if func.attr in CONSTRUCTORS:
            return CONSTRUCTORS[func.attr]
        return METHODS.get(func.attr) or HELPERS.get(func.attr, ())
    return ()


def is_text(node: ast.expr) -> bool:
    """A literal or f-string with words in it (not only a value, a symbol or blank)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _has_words("".join(str(v.value) for v in node.values if isinstance(v, ast.Constant)))
    return False


def _has_words(text: str) -> bool:
    # Markup alone (tags, their styles, entities) is not wording; a tag's half may be cut off.
    bare = re.sub(r"<[^>]*>|<[^>]*$|^[^<]*>|&\w+;", "", text)
    return any(ch.isalpha() for ch in bare)


def text_nodes(node: ast.expr) -> list[ast.expr]:
    """The literals with words in an argument, also inside `a if c else b` and `a + b`."""
    if isinstance(node, ast.IfExp):
        return text_nodes(node.body) + text_nodes(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return text_nodes(node.left) + text_nodes(node.right)
    return [node] if is_text(node) else []


def _name_of(expr: ast.expr, used: dict[str, str], index: int) -> str:
    source = ast.unparse(expr)
    if source in used:
        return used[source]
    if isinstance(expr, ast.Name):
        base = expr.id.lstrip("_") or "value"
    elif isinstance(expr, ast.Attribute):
        base = expr.attr.lstrip("_") or "value"
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.args:
        base = (
            _name_of(expr.args[0], {}, index) if expr.func.id in {"len", "str"} else f"value{index}"
        )
        base = f"count_{base}" if expr.func.id == "len" else base
    else:
        base = f"value{index}"
    name = base
    taken = set(used.values())
    n = 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    used[source] = name
    return name


def _chunks(text: str, width: int = 76) -> list[str]:
    words = re.split(r"(?<= )", text)
    lines, current = [], ""
    for word in words:
        if current and len(repr(current + word)) > width:
            lines.append(current)
            current = ""
        current += word
    lines.append(current)
    return lines


def _literal(text: str) -> str:
    parts = _chunks(text)
    quoted = [_quote(p) for p in parts]
    return "\n".join(quoted) if len(quoted) > 1 else quoted[0]


def _quote(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{body}"'


def wrap_fstring(node: ast.JoinedStr) -> str:
    used: dict[str, str] = {}
    pieces: list[str] = []
    arguments: dict[str, str] = {}
    for index, value in enumerate(node.values):
        if isinstance(value, ast.Constant):
            pieces.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(value, ast.FormattedValue)
        name = _name_of(value.value, used, index)
        arguments[name] = ast.unparse(value.value)
        conversion = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[value.conversion]
        spec = ""
        if value.format_spec is not None:
            spec = ":" + "".join(
                str(v.value) if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}"
                for v in value.format_spec.values
            )
        pieces.append("{" + name + conversion + spec + "}")
    text = "".join(pieces)
    formatted = ", ".join(f"{k}={v}" for k, v in arguments.items())
    return f"tr(\n{_literal(text)}\n).format({formatted})"


def offsets(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.encode("utf-8").splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def wrap_file(path: Path) -> int:
    source = path.read_text(encoding="utf-8")
    data = source.encode("utf-8")
    tree = ast.parse(source)
    starts = offsets(source)
    edits: list[tuple[int, int, str]] = []

    def span(node: ast.expr) -> tuple[int, int]:
        return (
            starts[node.lineno - 1] + node.col_offset,
            starts[node.end_lineno - 1] + node.end_col_offset,
        )

    def wrap(node: ast.expr) -> None:
        start, end = span(node)
        if isinstance(node, ast.JoinedStr):
            edits.append((start, end, wrap_fstring(node)))
        else:
            edits.append((start, end, "tr(" + data[start:end].decode("utf-8") + ")"))

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in {"tr", "tr_noop"}:
            continue
        for position in text_positions(node):
            if position < len(node.args):
                for found in text_nodes(node.args[position]):
                    wrap(found)
        for keyword in node.keywords:
            if keyword.arg in KEYWORDS:
                for found in text_nodes(keyword.value):
                    wrap(found)
        if isinstance(node.func, ast.Attribute) and node.func.attr in LIST_METHODS and node.args:
            listed = node.args[0]
            if isinstance(listed, ast.List | ast.Tuple):
                for element in listed.elts:
                    for found in text_nodes(element):
                        wrap(found)
    edits.sort(reverse=True)
    for start, end, replacement in edits:
        data = data[:start] + replacement.encode("utf-8") + data[end:]
    text = data.decode("utf-8")
    if edits and "from fgc_desktop.ui.translation import tr" not in text:
        text = _add_import(text)
    path.write_text(text, encoding="utf-8")
    return len(edits)


def _add_import(text: str) -> str:
    """Put the import after the module's last top-level import; ruff sorts it."""
    last = max(
        node.end_lineno or 0
        for node in ast.parse(text).body
        if isinstance(node, ast.Import | ast.ImportFrom)
    )
    lines = text.splitlines(keepends=True)
    lines.insert(last, "from fgc_desktop.ui.translation import tr\n")
    return "".join(lines)


def main() -> int:
    total = 0
    for name in sys.argv[1:]:
        count = wrap_file(Path(name))
        total += count
        print(f"{name}: {count} wrapped")
    print(f"total {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
