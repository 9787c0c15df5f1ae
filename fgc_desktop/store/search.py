"""Full-text search over the whole caseload, in the FTS5 index that migration m009 keeps current.

Why words (unicode61) and not trigrams: trigrams cannot match fewer than three characters, yet
a Chinese surname is one character and a given name two; SQLite 3.40's trigram tokenizer cannot
fold accents either, so "wojcik" would never find "Wójcik". Words with prefixes match as the
coordinator types, rank well with bm25, and fold accents. Their one blind spot, a name inside a
run of Chinese or Japanese characters (小明 in 陈小明), is covered by a substring look-up of
names written in those scripts (see `_han_runs`).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass

from sqlite_utils import Database

from fgc_desktop.domain.search import SearchHit, cut_snippet, is_han
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store.connection import Store
from fgc_desktop.store.migrations import SEARCH_FOLDS, SEARCH_TOKENIZER, search_fold

_MARK_START, _MARK_END = "\x02", "\x03"
# Kinds of text that hold names: the ones searched inside runs of Chinese or Japanese.
_NAME_KINDS = ("child", "person", "family_name", "referrer", "plan_monitor", "action_who")


@dataclass(frozen=True)
class Ranked:
    """A matching conference and the row of search_text that matched it best."""

    conference_id: str
    reference: str
    best_row: int


def rank_conferences(db: Database, terms: Sequence[str]) -> list[Ranked]:
    """Conferences in which every term is found (each in any of their texts), best first.

    The last term may be unfinished (it matches as a prefix, as do the others: names are
    often typed in part). Ties keep the newest reference first.
    """
    terms = [term for term in terms if _expression(term)]
    expressions = [_expression(term) for term in terms]
    if not expressions:
        return []
    parts, params = [], []
    for number, (term, expression) in enumerate(zip(terms, expressions, strict=True)):
        if _han_runs(term):
            parts.append(f"m{number} AS ({_PER_CONFERENCE.format(also=_INSIDE_NAMES)})")
            params += [expression, f"%{_like_escaped(term)}%"]
        else:
            parts.append(f"m{number} AS ({_PER_CONFERENCE.format(also='')})")
            params.append(expression)
    joins = " ".join(f"JOIN m{n} ON m{n}.c = m0.c" for n in range(1, len(expressions)))
    ranks = " + ".join(f"m{n}.r" for n in range(len(expressions)))
    best = ", ".join(f"m{n}.id, m{n}.r" for n in range(len(expressions)))
    rows = db.execute(
        f"WITH {', '.join(parts)} SELECT m0.c, k.reference, {best} FROM m0 {joins} "
        "JOIN conferences k ON k.id = m0.c "
        f"ORDER BY {ranks}, k.ref_year DESC, k.ref_number DESC, k.reference DESC",
        params,
    ).fetchall()
    return [_ranked(row) for row in rows]


# A word found in more texts than this (a common word, or its first two letters) is ranked among
# its most recently written texts only: ranking every one of 20,000 conferences' texts takes a
# quarter of a second or more, and the first pages of so many matches tell no more.
RANKED_TEXTS = 1000
# Fewer conferences than a page of results from the newest texts: rank in full after all.
ENOUGH_TO_SHOW = 50


@dataclass(frozen=True)
class Ranking:
    """Conferences found, best first; not `complete` when more matched than were ranked."""

    conferences: list[Ranked]
    complete: bool = True


def rank_first(db: Database, terms: Sequence[str], texts: int | None = None) -> Ranking:
    """As `rank_conferences`, but quick however common the words: a word found in more than
    texts (RANKED_TEXTS) texts is looked for in the newest texts that hold it only.

    When so few conferences hold every word among those newest texts that they do not fill a
    page, the caseload is ranked in full instead (slower, for several common words).
    """
    texts = RANKED_TEXTS if texts is None else texts
    usable = [term for term in terms if _expression(term)]
    if not usable:
        return Ranking([])
    windows = [_newest_texts(db, term, texts + 1) for term in usable]
    if all(len(window) <= texts for window in windows):
        return Ranking(_conferences_of(db, windows))
    newest = [dict(sorted(window.items(), reverse=True)[:texts]) for window in windows]
    found = _conferences_of(db, newest)
    if len(usable) > 1 and len(found) < ENOUGH_TO_SHOW:
        return Ranking(rank_conferences(db, terms))
    return Ranking(found, complete=False)


def _newest_texts(db: Database, term: str, count: int) -> dict[int, float]:
    """The rank of up to count of the texts matching term, by row, newest first."""
    found = dict(
        db.execute(
            "SELECT rowid, rank FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rowid DESC LIMIT ?",
            [_expression(term), count],
        ).fetchall()
    )
    if _han_runs(term) and len(found) < count:
        inside = db.execute(_NEWEST_INSIDE_NAMES, [f"%{_like_escaped(term)}%", count])
        for row_id, rank in inside.fetchall():
            found.setdefault(row_id, rank)  # a word of its own keeps its bm25 rank
    return found


_NEWEST_INSIDE_NAMES = """
SELECT t.id, 0.0 FROM search_text t
WHERE t.kind IN ({names}) AND t.text LIKE ? ESCAPE '\\'
ORDER BY t.id DESC LIMIT ?
""".format(names=", ".join(f"'{kind}'" for kind in _NAME_KINDS))


def _conferences_of(db: Database, windows: list[dict[int, float]]) -> list[Ranked]:
    """The conferences holding a text from every window (one per word), each shown at its best
    text; by the sum of each word's best rank, then newest reference first."""
    rows = set().union(*windows)
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    listed = db.execute(
        "SELECT t.id, t.conference_id, k.reference, k.ref_year, k.ref_number "
        "FROM search_text t JOIN conferences k ON k.id = t.conference_id "
        f"WHERE t.id IN ({marks})",
        list(rows),
    ).fetchall()
    conference_of = {row[0]: row[1:] for row in listed}
    per_word = [_best_per_conference(window, conference_of) for window in windows]
    entries = []
    for conference_id in set(per_word[0]).intersection(*per_word[1:]):
        bests = [word[conference_id] for word in per_word]
        _, reference, year, number = bests[0][2]
        total = sum(rank for rank, _, _ in bests)
        best_row = min(bests, key=lambda best: best[0])[1]
        entries.append(
            (total, -year, -number, reference, Ranked(conference_id, reference, best_row))
        )
    # Sorted is stable: sorting by reference first keeps the newest first within a tie.
    entries.sort(key=lambda entry: entry[3], reverse=True)
    entries.sort(key=lambda entry: entry[:3])
    return [entry[4] for entry in entries]


def _best_per_conference(
    window: dict[int, float], conference_of: dict[int, tuple]
) -> dict[str, tuple[float, int, tuple]]:
    best: dict[str, tuple[float, int, tuple]] = {}
    for row_id, rank in window.items():
        listed = conference_of.get(row_id)
        if listed is None:  # removed since it was found
            continue
        kept = best.get(listed[0])
        if kept is None or rank < kept[0]:
            best[listed[0]] = (rank, row_id, listed)
    return best


# A conference's best rank for one term; {also} adds names in Chinese or Japanese containing it.
_PER_CONFERENCE = """
SELECT c, id, min(r) AS r FROM (
  SELECT t.conference_id AS c, t.id AS id, search_index.rank AS r
  FROM search_index JOIN search_text t ON t.id = search_index.rowid
  WHERE search_index MATCH ?{also}
) GROUP BY c
"""
_INSIDE_NAMES = """
  UNION ALL
  SELECT t.conference_id, t.id, 0.0 FROM search_text t
  WHERE t.kind IN ({names}) AND t.text LIKE ? ESCAPE '\\'
""".format(names=", ".join(f"'{kind}'" for kind in _NAME_KINDS))


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _han_runs(term: str) -> bool:
    """True for a term in a script written without spaces between words (Chinese, Japanese)."""
    return any(is_han(char) for char in term)


def _ranked(row: tuple[object, ...]) -> Ranked:
    # After the id and reference come (row, rank) for each term: the best of them is shown.
    pairs = [(row[i], row[i + 1]) for i in range(2, len(row), 2)]
    best_row = min(pairs, key=lambda pair: float(pair[1]))[0]  # type: ignore[arg-type]
    return Ranked(str(row[0]), str(row[1]), int(best_row))  # type: ignore[call-overload]


def _expression(term: str) -> str:
    """One typed word as an FTS5 phrase matched as a prefix, quoted so nothing is syntax."""
    folded = search_fold(unicodedata.normalize("NFC", term))
    if not any(unicodedata.category(char)[0] in "LN" for char in folded):
        return ""
    return '"' + folded.replace('"', '""') + '"*'


def hits(db: Database, ranked: Sequence[Ranked], terms: Sequence[str]) -> list[SearchHit]:
    """What to show for some ranked conferences: the field that matched and a snippet of it."""
    if not ranked:
        return []
    wanted = [r.best_row for r in ranked]
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        "SELECT t.id, t.kind, t.text, c.id, c.reference, c.family_name, c.stage "
        f"FROM search_text t JOIN conferences c ON c.id = t.conference_id WHERE t.id IN ({marks})",
        wanted,
    ).fetchall()
    marked = _highlighted({row[0]: row[2] for row in rows}, terms)
    by_row = {row[0]: row for row in rows}
    found = []
    for entry in ranked:
        row = by_row.get(entry.best_row)
        if row is None:  # changed since it was ranked
            continue
        row_id, kind, text, conference_id, reference, family_name, stage = row
        spans = _original_spans(text, marked.get(row_id, "")) or _substring_spans(text, terms)
        snippet, kept = cut_snippet(text, spans)
        found.append(
            SearchHit(conference_id, reference, family_name, Stage(stage), kind, snippet, kept)
        )
    return found


def _highlighted(texts: dict[int, str], terms: Sequence[str]) -> dict[int, str]:
    """The texts with the words that match marked, by the index's own tokenizer.

    Marked in a throw-away in-memory index: asking the big index to mark a few rows still makes
    it read every row a short prefix matches (a second for "a" in 20,000 conferences).
    """
    any_term = " OR ".join(e for e in (_expression(term) for term in terms) if e)
    if not any_term:
        return {}
    with closing(sqlite3.connect(":memory:")) as scratch:
        scratch.execute(
            f'CREATE VIRTUAL TABLE marks USING fts5(text, tokenize="{SEARCH_TOKENIZER}")'
        )
        scratch.executemany(
            "INSERT INTO marks (rowid, text) VALUES (?, ?)",
            [(row_id, search_fold(text)) for row_id, text in texts.items()],
        )
        return dict(
            scratch.execute(
                "SELECT rowid, highlight(marks, 0, char(2), char(3)) FROM marks "
                "WHERE marks MATCH ?",
                [any_term],
            ).fetchall()
        )


def _original_spans(text: str, highlighted: str) -> list[tuple[int, int]]:
    """Where the index's marks (made in folded text) fall in the original text."""
    folded_marks: list[tuple[int, int]] = []
    plain: list[str] = []
    start = 0
    for char in highlighted:
        if char == _MARK_START:
            start = len(plain)
        elif char == _MARK_END:
            folded_marks.append((start, len(plain)))
        else:
            plain.append(char)
    starts, length = [], 0
    for char in text:
        starts.append(length)
        length += len(SEARCH_FOLDS.get(char, char))
    if "".join(plain) != search_fold(text):
        return []
    spans = []
    for begin, end in folded_marks:
        first = bisect_right(starts, begin) - 1
        last = bisect_left(starts, end)
        spans.append((max(first, 0), max(last, first + 1)))
    return spans


def _substring_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Marks for terms found inside a run of Chinese or Japanese characters."""
    spans = []
    for term in terms:
        at = text.find(term)
        if at != -1:
            spans.append((at, at + len(term)))
    return spans


def search(store: Store, terms: Sequence[str], limit: int | None = None) -> list[SearchHit]:
    """The best matching conferences with what matched, at most limit of them."""
    ranked = rank_conferences(store.db, terms)
    return hits(store.db, ranked[:limit] if limit is not None else ranked, terms)
