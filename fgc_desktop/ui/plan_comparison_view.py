"""Two versions of the family plan side by side: each item marked Added, Changed, Removed or
Moved in words and in colour, with the changed words highlighted and struck through."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Action, Plan
from fgc_desktop.domain.plan_comparison import (
    ActionChange,
    Change,
    PlanComparison,
    Segment,
    TextChange,
    compare_plans,
)
from fgc_desktop.services import plan_versions
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.translation import tr, tr_error

# Light backgrounds for the marked cells, strong ones for changed words; every mark also has
# its word ("Added", "Removed"...) and changed words are underlined or struck through.
_SHADE = {
    Change.ADDED: "#e2f3de",
    Change.REMOVED: "#fbe2e4",
    Change.CHANGED: "#fff1c9",
    Change.SAME: "#ffffff",
}
_MOVED_SHADE = "#e6ecfa"
_HEAD = "#f1f1f1"
_LINES = "#c4c4c4"
_PAPER = "#ffffff"
_ADDED_WORDS = "background-color: #b6e3ad; text-decoration: underline;"
_REMOVED_WORDS = "background-color: #f5b8bd; text-decoration: line-through;"
_QUIET = "color: #666666;"
_SYMBOL = {Change.ADDED: "+", Change.REMOVED: "−", Change.CHANGED: "~", Change.SAME: "="}


class PlanComparisonView(QDialog):
    """Compare any two versions of a conference's plan; either can be chosen again."""

    def __init__(
        self,
        store: Store,
        conference_id: str,
        older: int,
        newer: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planComparison")
        self.comparison: PlanComparison | None = None
        self.conference: Conference | None = None
        self._html = ("", "")
        self._request = 0  # the latest pair asked for; older answers are dropped
        self._pending = 0
        self.older_choice = QComboBox()
        self.older_choice.setAccessibleName(tr("Version on the left"))
        self.newer_choice = QComboBox()
        self.newer_choice.setAccessibleName(tr("Version on the right"))
        self.swap_button = QPushButton(tr("⇄ Swap"))
        self.swap_button.setToolTip(tr("Put the right-hand version on the left"))
        self.swap_button.clicked.connect(self.swap)
        self.only_changes = QCheckBox(tr("Only what changed"))
        self.only_changes.setToolTip(tr("Hide items that are the same in both versions"))
        self.only_changes.toggled.connect(self._show)
        self.summary = QLabel()
        self.summary.setObjectName("comparison_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        legend = QLabel(_legend())
        legend.setAccessibleName(tr("What the marks mean"))
        legend.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("comparison_text")
        self.browser.setAccessibleName(tr("The two versions side by side"))
        self.browser.setOpenLinks(False)
        close_button = QPushButton(tr("Close"))
        close_button.clicked.connect(self.accept)
        choices = QHBoxLayout()
        left_label = QLabel(tr("Compare"))
        left_label.setBuddy(self.older_choice)
        right_label = QLabel(tr("with"))
        right_label.setBuddy(self.newer_choice)
        for widget in (left_label, self.older_choice, right_label, self.newer_choice):
            choices.addWidget(widget)
        choices.addWidget(self.swap_button)
        choices.addStretch(1)
        choices.addWidget(self.only_changes)
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        self.resize(1200, 760)
        self._load(store, conference_id, older, newer)

    def _load(self, store: Store, conference_id: str, older: int, newer: int) -> None:
        try:
            conference = plan_versions.versions(store, conference_id)
        except StoreError as error:
            self.setWindowTitle(tr("Compare plan versions"))
            self.summary.setText(
                tr("The plan versions could not be read: {error}").format(error=tr_error(error))
            )
            return
        self.conference = conference
        self.setWindowTitle(
            tr("Compare plan versions – {family_name} ({reference})").format(
                family_name=conference.family_name, reference=conference.reference
            )
        )
        for combo, chosen in ((self.older_choice, older), (self.newer_choice, newer)):
            for plan in conference.plans:
                combo.addItem(version_title(plan), plan.version)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(self._compare)
        self._compare()

    def choose(self, older: int, newer: int) -> None:
        """Show two other versions (as choosing them in the lists does)."""
        for combo, number in ((self.older_choice, older), (self.newer_choice, newer)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(number), 0))
            combo.blockSignals(False)
        self._compare()

    def swap(self) -> None:
        """Exchange the left and right versions."""
        self.choose(self.newer_choice.currentData(), self.older_choice.currentData())

    @property
    def is_ready(self) -> bool:
        """True once the chosen versions are compared and shown."""
        return self.comparison is not None and self._pending == 0

    def _compare(self) -> None:
        if self.conference is None or not self.conference.plans:
            return
        by_number = {plan.version: plan for plan in self.conference.plans}
        older = by_number[self.older_choice.currentData()]
        newer = by_number[self.newer_choice.currentData()]
        self._request += 1
        self._pending += 1
        request = self._request
        self.summary.setText(
            tr("Comparing version {version} with version {version2}…").format(
                version=older.version, version2=newer.version
            )
        )
        # Long wording and many actions take a moment to match, so it is done off the GUI thread.
        run_in_background(
            lambda: _prepared(older, newer),
            lambda result: self._compared(request, result),
            lambda error: self._failed(request, error),
        )

    def _compared(self, request: int, result: _Prepared) -> None:
        self._pending -= 1
        if request != self._request:
            return  # another pair was chosen meanwhile; its result is on its way
        self.comparison, self._html = result.comparison, result.html
        self._show()

    def _failed(self, request: int, error: Exception) -> None:
        self._pending -= 1
        if request == self._request:
            self.summary.setText(
                tr("The versions could not be compared: {error}").format(error=tr_error(error))
            )

    def _show(self) -> None:
        comparison = self.comparison
        if comparison is None or self._pending:
            return
        if comparison.older is comparison.newer:
            self.summary.setText(
                tr(
                    "Both sides show version {version}; choose another version to see what changed."
                ).format(version=comparison.older.version)
            )
        else:
            self.summary.setText(comparison.summary())
        scrolled = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self._html[self.only_changes.isChecked()])
        self.browser.verticalScrollBar().setValue(scrolled)


@dataclass(frozen=True)
class _Prepared:
    comparison: PlanComparison
    html: tuple[str, str]  # everything, and only what changed


def _prepared(older: Plan, newer: Plan) -> _Prepared:
    comparison = compare_plans(older, newer)
    return _Prepared(
        comparison,
        (comparison_html(comparison), comparison_html(comparison, only_changes=True)),
    )


def version_title(plan: Plan) -> str:
    """A version as named in the choosers and column headings."""
    if plan.is_agreed:
        return tr("Version {version} · agreed {date}").format(
            version=plan.version, date=(plan.agreed_at or "")[:10]
        )
    return tr("Version {version} · draft").format(version=plan.version)


def _legend() -> str:
    def key(shade: str, mark: str, word: str) -> str:
        return f"<span style='background-color: {shade};'>&nbsp;{mark} {word}&nbsp;</span> "

    return (
        key(_SHADE[Change.ADDED], "+", tr("Added"))
        + key(_SHADE[Change.CHANGED], "~", tr("Changed"))
        + key(_SHADE[Change.REMOVED], "−", tr("Removed"))
        + key(_MOVED_SHADE, "↕", tr("Moved"))
        + f"&nbsp; {tr('Words:')} <span style='{_ADDED_WORDS}'>{tr('added')}</span> "
        f"<span style='{_REMOVED_WORDS}'>{tr('taken out')}</span>"
    )


def comparison_html(comparison: PlanComparison, *, only_changes: bool = False) -> str:
    """The comparison as rich text: one table per part of the plan, left and right columns."""
    older, newer = comparison.older, comparison.newer
    heading = (
        f"<tr><th width='14%' bgcolor='{_HEAD}'></th>"
        f"<th width='43%' align='left' bgcolor='{_HEAD}'>{escape(version_title(older))}</th>"
        f"<th width='43%' align='left' bgcolor='{_HEAD}'>{escape(version_title(newer))}</th></tr>"
    )
    parts = [
        (
            tr("Actions"),
            [_action_row(a, older, newer) for a in _shown(comparison.actions, only_changes)],
        ),
        (
            tr("The family's answers to the questions"),
            [_text_row(t, older, newer) for t in _shown(comparison.answers, only_changes)],
        ),
        (
            tr("How the plan meets the bottom lines"),
            [
                _text_row(t, older, newer)
                for t in _shown(comparison.bottom_line_responses, only_changes)
            ],
        ),
        (
            tr("Contingency, plan monitor and review"),
            [_text_row(t, older, newer) for t in _shown(comparison.arrangements, only_changes)],
        ),
        (
            tr("Referrer's decision"),
            [_text_row(t, older, newer) for t in _shown(comparison.decision, only_changes)],
        ),
    ]
    html = []
    for title, rows in parts:
        html.append(f"<h3>{escape(title)}</h3>")
        if not rows:
            nothing = tr("Nothing changed here.") if only_changes else tr("None in either version.")
            html.append(f"<p style='{_QUIET}'>{nothing}</p>")
            continue
        html.append(
            # One-pixel gaps over a grey table draw the lines between the cells.
            f"<table width='100%' cellspacing='1' cellpadding='6' bgcolor='{_LINES}'>"
            + heading
            + "".join(rows)
            + "</table>"
        )
    return "".join(html)


def _shown(items: Iterable[ActionChange | TextChange], only_changes: bool) -> list:
    return [
        item
        for item in items
        if not only_changes or item.change is not Change.SAME or getattr(item, "moved", False)
    ]


def _mark(change: Change, detail: str = "", *, moved: bool = False) -> str:
    shade = _MOVED_SHADE if moved and change is Change.SAME else _SHADE[change]
    words = f"<b>{_SYMBOL[change]} {tr(change.label)}</b>"
    if moved:
        words += f"<br><b>↕ {tr('Moved')}</b>"
    if detail:
        words += f"<br><span style='{_QUIET}'>{detail}</span>"
    return f"<td bgcolor='{shade}' valign='top'>{words}</td>"


def _action_row(item: ActionChange, older: Plan, newer: Plan) -> str:
    detail = escape(", ".join(item.changed_fields))
    if item.matched_by_wording:
        detail += ("<br>" if detail else "") + tr("matched by similar wording")
    left, right = _action_cells(item, older, newer)
    return f"<tr>{_mark(item.change, detail, moved=item.moved)}{left}{right}</tr>"


def _action_cells(item: ActionChange, older: Plan, newer: Plan) -> tuple[str, str]:
    if item.older is None or item.newer is None:
        shown = item.older or item.newer
        assert shown is not None
        side = older if item.older is not None else newer
        written = [(tr(f.label), _plain(f.older or f.newer)) for f in _written(item.fields)]
        body = _action_body(shown, side, written)
        full = f"<td bgcolor='{_SHADE[item.change]}' valign='top'>{body}</td>"
        missing = _missing(newer if item.older is not None else older)
        return (full, missing) if item.older is not None else (missing, full)
    lefts, rights = [], []
    for field in _written(item.fields):
        old_runs, new_runs = field.segments
        lefts.append((tr(field.label), _runs(old_runs, _REMOVED_WORDS)))
        rights.append((tr(field.label), _runs(new_runs, _ADDED_WORDS)))
    return (
        f"<td bgcolor='{_PAPER}' valign='top'>{_action_body(item.older, older, lefts)}</td>",
        f"<td bgcolor='{_PAPER}' valign='top'>{_action_body(item.newer, newer, rights)}</td>",
    )


def _written(fields: tuple[TextChange, ...]) -> list[TextChange]:
    """The action's fields with wording on either side (always its what)."""
    return [f for n, f in enumerate(fields) if n == 0 or (f.older or "") or (f.newer or "")]


def _action_body(action: Action, plan: Plan, fields: list[tuple[str, str]]) -> str:
    """An action as written in its version: its number and what, then each other field."""
    number = next((n for n, a in enumerate(plan.actions, start=1) if a is action), 0)
    (_, what), *rest = fields
    lines = [f"<b>{number}.</b> {what}"]
    lines += [f"<span style='{_QUIET}'>{escape(label)}:</span> {text}" for label, text in rest]
    return "".join(_line(line) for line in lines)


def _text_row(item: TextChange, older: Plan, newer: Plan) -> str:
    label = _line(f"<b>{_text(tr(item.label))}</b>")
    if item.older is None:
        left = _missing(older)
        right = _cell(label + _line(_plain(item.newer)), _SHADE[Change.ADDED])
    elif item.newer is None:
        left = _cell(label + _line(_plain(item.older)), _SHADE[Change.REMOVED])
        right = _missing(newer)
    else:
        old_runs, new_runs = item.segments
        left = _cell(label + _line(_runs(old_runs, _REMOVED_WORDS)))
        right = _cell(label + _line(_runs(new_runs, _ADDED_WORDS)))
    return f"<tr>{_mark(item.change)}{left}{right}</tr>"


def _cell(html: str, shade: str = _PAPER) -> str:
    return f"<td bgcolor='{shade}' valign='top'>{html}</td>"


def _line(html: str) -> str:
    """One paragraph: each takes its direction from its own first letter, so an Arabic line
    reads right to left while a label beside an Arabic name stays left to right."""
    return f"<p style='margin: 0;'>{html}</p>"


def _missing(plan: Plan) -> str:
    return (
        f"<td bgcolor='{_PAPER}' valign='top' style='{_QUIET}'>"
        f"<i>{tr('Not in version {version}').format(version=plan.version)}</i></td>"
    )


def _plain(text: str | None) -> str:
    return _text(text) if text else f"<span style='{_QUIET}'>—</span>"


def _runs(runs: tuple[Segment, ...], style: str) -> str:
    if not runs:
        return f"<span style='{_QUIET}'>—</span>"
    return "".join(
        f"<span style='{style}'>{_text(run.text)}</span>" if run.changed else _text(run.text)
        for run in runs
    )


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")
