"""Finding names and words as people type them: any script, any case, with or without accents."""

from __future__ import annotations

import re
import unicodedata

_WORD_EDGE = r"(?<![\w]){word}(?![\w])"


def fold(text: str) -> str:
    """Text reduced for matching: accents and Arabic vowel marks dropped, case folded.

    "Wójcik" and "wojcik" fold alike, as do "Łucja" and "lucja"; Chinese is unchanged.
    """
    if text.isascii():
        return text.lower()  # the common case, and searching long trails calls this per entry
    bare = unicodedata.normalize("NFKD", text).translate(_DROPPED)
    return unicodedata.normalize("NFC", bare.casefold())


# Accents and vowel marks are dropped; letters with a stroke do not decompose, and coordinators
# without the keyboard type them bare. (Combining marks all lie below U+3000 or in U+FE20-FE2F.)
_DROPPED = {
    code: None
    for code in (*range(0x300, 0x3000), *range(0xFE20, 0xFE30))
    if unicodedata.combining(chr(code))
} | str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d"})


def search_words(query: str) -> list[str]:
    """The folded words of a search, each of which must appear."""
    return [word for word in fold(query).split() if word]


def matches_words(text: str, words: list[str]) -> bool:
    """True when every folded search word is somewhere in the text."""
    folded = fold(text)
    return all(word in folded for word in words)


def mentions(text: str, name: str) -> bool:
    """True when the text mentions a person: their full name, or their first name as a word.

    Names without spaces (Chinese, say) are looked for whole, anywhere in the text.
    """
    folded_text, folded_name = fold(text), fold(name).strip()
    if not folded_name:
        return False
    if folded_name in folded_text:
        return True
    first = folded_name.split()[0]
    if len(first) < 3 or first == folded_name:
        return False
    return re.search(_WORD_EDGE.format(word=re.escape(first)), folded_text) is not None
