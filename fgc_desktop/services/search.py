"""Finding any name, reference or note in the whole caseload, best match first."""

from __future__ import annotations

from dataclasses import dataclass, field

from fgc_desktop.domain.search import SearchHit, search_terms, worth_searching
from fgc_desktop.store import reader
from fgc_desktop.store import search as index
from fgc_desktop.store.connection import Store
from fgc_desktop.store.search import Ranked


@dataclass(frozen=True)
class SearchResult:
    """Every conference that matched a search, best first; their details are read on demand."""

    text: str
    terms: list[str] = field(default_factory=list)
    ranked: list[Ranked] = field(default_factory=list)
    # False when a common word matched more than was ranked: only the newest matches are listed.
    complete: bool = True

    def __len__(self) -> int:
        return len(self.ranked)


def search(store: Store, text: str, limit: int | None = None) -> list[SearchHit]:
    """The conferences matching text, best first, each with what matched (at most limit)."""
    terms = search_terms(text)
    return index.search(store, terms, limit) if terms else []


def matching_references(store: Store, text: str) -> list[str]:
    """The references of every conference matching text, best first."""
    terms = search_terms(text)
    return [r.reference for r in index.rank_conferences(store.db, terms)] if terms else []


def open_reader(store: Store) -> Store:
    """A connection of its own for searching off the GUI thread."""
    return reader.open_reader(store)


def rank(source: Store, text: str) -> SearchResult:
    """Rank the caseload for text (run it off the GUI thread: several words rank in full).

    A single letter is not searched: it would match most conferences and tell nothing. One
    common word is ranked among its newest matches only (`complete` is then False).
    """
    terms = search_terms(text)
    if not terms or not worth_searching(terms):
        return SearchResult(text, terms)
    ranking = index.rank_first(source.db, terms)
    return SearchResult(text, terms, ranking.conferences, ranking.complete)


def hits(store: Store, result: SearchResult, start: int, count: int) -> list[SearchHit]:
    """What to show for some of a result's conferences (quick: a page at a time)."""
    return index.hits(store.db, result.ranked[start : start + count], result.terms)


def interrupt(source: Store) -> None:
    """Stop the search running on a reader (from any thread)."""
    reader.interrupt(source)


def was_interrupted(error: BaseException) -> bool:
    """True when a search stopped because a newer one replaced it."""
    return reader.is_interrupted(error)
