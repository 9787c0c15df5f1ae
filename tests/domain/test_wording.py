"""Words: the domain's sentences read as English and keep their template for translating."""

from __future__ import annotations

from fgc_desktop.domain.wording import Words


def test_words_read_as_english_and_keep_their_template() -> None:
    words = Words("Visit or call {name}", name="Siân")
    assert words == "Visit or call Siân"
    assert words.template == "Visit or call {name}"
    assert words.values == {"name": "Siân"}
    assert "; ".join([words, Words("Book the venue")]) == "Visit or call Siân; Book the venue"


def test_a_template_without_values_is_left_as_written() -> None:
    assert Words("Say {this} literally") == "Say {this} literally"
