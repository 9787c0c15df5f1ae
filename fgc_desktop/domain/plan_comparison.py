"""Two versions of a family plan side by side: what was added, changed, removed or moved.

How items are matched between the versions:

- Actions by lineage first: `next_version` gives each copied action the `origin_id` of the action
  as first written, so a copy and its original share `Action.lineage` however often the action is
  copied, reworded or moved. Actions left over on both sides (copies made before lineage was
  kept, or an action taken out and written again) are then paired by similar wording, closest
  pair first, and the pair is marked as matched by wording.
- Answers by their question; bottom-line responses by their bottom line.
- Contingency, plan monitor, review date and the referrer's decision field by field.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from fgc_desktop.domain.fields import ACTION_FIELDS, PLAN_FIELDS
from fgc_desktop.domain.plan import Action, Plan
from fgc_desktop.domain.validation import format_date

# Scripts written without spaces between words are compared letter by letter.
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Myanmar, Khmer
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana and CJK ideographs
)
# A word keeps its inner dots, dashes and slashes (8.15, 2026-03-31, e-mail); other punctuation
# stands alone, so "weekday" and "weekday," differ only by the comma.
_TOKEN = re.compile(rf"\s+|[{_UNSPACED}]|[^\W{_UNSPACED}]+(?:[-./:'’][^\W{_UNSPACED}]+)*|.")
# Past this many words and spaces a side, text is compared sentence by sentence: matching
# word by word costs seconds on very long text, and marks so much that it helps nobody.
_MOST_TOKENS = 3_000
_ENDS = ".!?。！？؟"
_SENTENCE = re.compile(rf"[^\n{_ENDS}]+[{_ENDS}]*[ \t]*|[{_ENDS}]+[ \t]*|\n")
# How alike two actions' wording must be (0 to 1) to be taken as one action reworded.
WORDING_THRESHOLD = 0.6


class Change(StrEnum):
    """What happened to one item between the older and the newer version."""

    SAME = "same"
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        """The change as written on screen."""
        return {
            Change.SAME: "No change",
            Change.ADDED: "Added",
            Change.CHANGED: "Changed",
            Change.REMOVED: "Removed",
        }[self]


@dataclass(frozen=True)
class Segment:
    """A run of text; `changed` when it is only in this side's version."""

    text: str
    changed: bool = False


def word_changes(older: str, newer: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """Both texts as runs of words, marking words only in the older and only in the newer.

    Very long texts are marked by whole sentences instead of words.
    """
    old_words, new_words = _tokens(older), _tokens(newer)
    if max(len(old_words), len(new_words)) > _MOST_TOKENS:
        old_words, new_words = _SENTENCE.findall(older), _SENTENCE.findall(newer)
    if max(len(old_words), len(new_words)) > _MOST_TOKENS:
        return _whole(older, older != newer), _whole(newer, older != newer)
    old_runs: list[Segment] = []
    new_runs: list[Segment] = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = tag != "equal"
        old_runs.append(Segment("".join(old_words[i1:i2]), changed))
        new_runs.append(Segment("".join(new_words[j1:j2]), changed))
    return _joined(old_runs), _joined(new_runs)


def _tokens(text: str) -> list[str]:
    """Words, spaces and punctuation; accents and vowel marks stay with their letter."""
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if tokens and _continues(tokens[-1], token):
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


def _continues(previous: str, token: str) -> bool:
    """True when a token is part of the word before it: a mark, or letters after a mark."""
    if previous.isspace():
        return False
    return _is_mark(token[0]) or (_is_mark(previous[-1]) and token[0].isalnum())


def _is_mark(character: str) -> bool:
    return unicodedata.category(character).startswith("M")


def _whole(text: str, changed: bool) -> tuple[Segment, ...]:
    return (Segment(text, changed),) if text else ()


def _joined(runs: list[Segment]) -> tuple[Segment, ...]:
    """Runs merged with their like neighbours; a lone space between two changes joins them."""
    runs = [run for run in runs if run.text]
    for n in range(1, len(runs) - 1):
        between_changes = runs[n - 1].changed and runs[n + 1].changed
        if between_changes and not runs[n].changed and not runs[n].text.strip():
            runs[n] = Segment(runs[n].text, True)
    merged: list[Segment] = []
    for run in runs:
        if merged and merged[-1].changed == run.changed:
            merged[-1] = Segment(merged[-1].text + run.text, run.changed)
        else:
            merged.append(run)
    return tuple(merged)


@dataclass(frozen=True)
class TextChange:
    """One piece of wording in both versions; None on a side where the item does not exist."""

    label: str
    older: str | None
    newer: str | None

    @property
    def change(self) -> Change:
        """Added, removed, changed or the same."""
        if self.older is None or (not self.older.strip() and (self.newer or "").strip()):
            return Change.ADDED
        if self.newer is None or (not self.newer.strip() and self.older.strip()):
            return Change.REMOVED
        return Change.SAME if self.older == self.newer else Change.CHANGED

    @property
    def segments(self) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
        """The older and newer wording with the words that differ marked."""
        return word_changes(self.older or "", self.newer or "")


@dataclass(frozen=True)
class ActionChange:
    """One action in both versions (or in one), matched by lineage or by wording."""

    older: Action | None
    newer: Action | None
    moved: bool = False
    matched_by_wording: bool = False

    @property
    def fields(self) -> tuple[TextChange, ...]:
        """What, who, by when, support and how we will know, in both versions."""
        return tuple(
            TextChange(
                ACTION_FIELDS[key].label,
                _action_text(self.older, key) if self.older is not None else None,
                _action_text(self.newer, key) if self.newer is not None else None,
            )
            for key in ACTION_FIELDS
        )

    @property
    def change(self) -> Change:
        """Added, removed, changed (any field) or the same (perhaps moved)."""
        if self.older is None:
            return Change.ADDED
        if self.newer is None:
            return Change.REMOVED
        same = all(item.change is Change.SAME for item in self.fields)
        return Change.SAME if same else Change.CHANGED

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """Labels of the fields whose wording differs, for a changed action."""
        if self.change is not Change.CHANGED:
            return ()
        return tuple(item.label for item in self.fields if item.change is not Change.SAME)


def _action_text(action: Action, key: str) -> str:
    if key == "by_when":
        return format_date(action.by_when)
    return str(getattr(action, key))


@dataclass(frozen=True)
class PlanComparison:
    """Everything that differs (and what does not) between two versions of a plan."""

    older: Plan
    newer: Plan
    actions: tuple[ActionChange, ...]
    answers: tuple[TextChange, ...]
    bottom_line_responses: tuple[TextChange, ...]
    arrangements: tuple[TextChange, ...]  # contingency, plan monitor, review date
    decision: tuple[TextChange, ...]  # the referrer's decision and reasons

    def counts(self) -> Counter[Change]:
        """How many items were added, changed, removed or left the same."""
        return Counter(
            item.change
            for item in (
                *self.actions,
                *self.answers,
                *self.bottom_line_responses,
                *self.arrangements,
                *self.decision,
            )
        )

    @property
    def moved(self) -> int:
        """How many actions moved in the order (whether or not their wording changed)."""
        return sum(1 for action in self.actions if action.moved)

    def summary(self) -> str:
        """One sentence saying how the newer version differs from the older."""
        counts = self.counts()
        parts = [
            f"{counts[change]} {change.label.lower()}"
            for change in (Change.ADDED, Change.CHANGED, Change.REMOVED)
            if counts[change]
        ]
        if self.moved:
            parts.append(f"{self.moved} action{'s' if self.moved != 1 else ''} moved")
        older, newer = self.older.version, self.newer.version
        if not parts:
            return f"Version {newer} says the same as version {older}."
        return f"Version {newer} against version {older}: " + ", ".join(parts) + "."


def compare_plans(older: Plan, newer: Plan) -> PlanComparison:
    """Compare two versions of one plan item by item (see the module's matching rules)."""
    return PlanComparison(
        older=older,
        newer=newer,
        actions=compare_actions(older.actions, newer.actions),
        answers=_keyed(
            ((a.question, a.question, a.answer) for a in older.answers),
            ((a.question, a.question, a.answer) for a in newer.answers),
        ),
        bottom_line_responses=_keyed(
            ((r.bottom_line_id, r.bottom_line, r.how_met) for r in older.bottom_line_responses),
            ((r.bottom_line_id, r.bottom_line, r.how_met) for r in newer.bottom_line_responses),
        ),
        arrangements=(
            TextChange(PLAN_FIELDS["contingency"].label, older.contingency, newer.contingency),
            TextChange(PLAN_FIELDS["plan_monitor"].label, older.plan_monitor, newer.plan_monitor),
            TextChange(
                PLAN_FIELDS["review_date"].label,
                format_date(older.review_date),
                format_date(newer.review_date),
            ),
        ),
        decision=(
            TextChange("Referrer's decision", older.decision.label, newer.decision.label),
            TextChange(
                PLAN_FIELDS["decision_reasons"].label,
                older.decision_reasons,
                newer.decision_reasons,
            ),
        ),
    )


def _keyed(
    older: Iterable[tuple[str, str, str]], newer: Iterable[tuple[str, str, str]]
) -> tuple[TextChange, ...]:
    """Items given as (key, label, text), matched by key, in the newer version's order."""
    before = {key: (label, text) for key, label, text in older}
    after = {key: (label, text) for key, label, text in newer}
    matched = [
        TextChange(label, before[key][1] if key in before else None, text)
        for key, (label, text) in after.items()
    ]
    gone = [
        TextChange(label, text, None) for key, (label, text) in before.items() if key not in after
    ]
    return tuple(matched + gone)


def compare_actions(older: Sequence[Action], newer: Sequence[Action]) -> tuple[ActionChange, ...]:
    """Actions matched by lineage, then by wording; in the newer order, removed ones in place."""
    pairs = _pairs_by_lineage(older, newer)
    by_wording = _pairs_by_wording(older, newer, pairs)
    pairs.update(by_wording)  # newer index -> older index
    moved = _moved(pairs)
    entries: list[tuple[tuple[int, int, int], ActionChange]] = []
    for j, action in enumerate(newer):
        i = pairs.get(j)
        change = ActionChange(
            older[i] if i is not None else None,
            action,
            moved=j in moved,
            matched_by_wording=j in by_wording,
        )
        entries.append(((j, 0, 0), change))
    placed = {i: j for j, i in pairs.items()}
    for i, action in enumerate(older):
        if i in placed:
            continue
        # A removed action shows after the action it followed in the older version.
        anchor = max((placed[k] for k in range(i) if k in placed), default=-1)
        entries.append(((anchor, 1, i), ActionChange(action, None)))
    return tuple(change for _, change in sorted(entries, key=lambda entry: entry[0]))


def _pairs_by_lineage(older: Sequence[Action], newer: Sequence[Action]) -> dict[int, int]:
    where = {action.lineage: i for i, action in enumerate(older)}
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for j, action in enumerate(newer):
        i = where.get(action.lineage)
        if i is not None and i not in used:
            pairs[j] = i
            used.add(i)
    return pairs


def _pairs_by_wording(
    older: Sequence[Action], newer: Sequence[Action], taken: dict[int, int]
) -> dict[int, int]:
    """Left-over actions paired by how alike their wording is, the closest pair first."""
    free_old = [i for i in range(len(older)) if i not in taken.values()]
    free_new = [j for j in range(len(newer)) if j not in taken]
    words = {("o", i): _words(older[i].what) for i in free_old}
    words |= {("n", j): _words(newer[j].what) for j in free_new}
    scored = []
    for j in free_new:
        for i in free_old:
            score = _likeness(words[("o", i)], words[("n", j)])
            if older[i].who and older[i].who == newer[j].who:
                score += 0.1  # the same person doing it makes the same action more likely
            if score >= WORDING_THRESHOLD:
                scored.append((-score, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(scored):
        if i not in used and j not in pairs:
            pairs[j] = i
            used.add(i)
    return pairs


def _words(text: str) -> list[str]:
    return [word for word in _tokens(text.casefold()) if not word.isspace()]


def _likeness(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < WORDING_THRESHOLD - 0.1:
        return 0.0
    if matcher.quick_ratio() < WORDING_THRESHOLD - 0.1:
        return 0.0
    return matcher.ratio()


def _moved(pairs: dict[int, int]) -> set[int]:
    """Newer indexes of matched actions outside the longest run kept in the same order."""
    ordered = sorted(pairs.items())  # by newer index
    tails: list[int] = []  # smallest older index ending a kept run of each length
    tail_at: list[int] = []  # position in `ordered` of that tail
    back: list[int] = [-1] * len(ordered)
    for position, (_, i) in enumerate(ordered):
        length = bisect_left(tails, i)
        if length == len(tails):
            tails.append(i)
            tail_at.append(position)
        else:
            tails[length] = i
            tail_at[length] = position
        back[position] = tail_at[length - 1] if length else -1
    kept: set[int] = set()
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        kept.add(ordered[position][0])
        position = back[position]
    return {j for j, _ in ordered} - kept
