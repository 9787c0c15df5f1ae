"""Splitting text into font runs, escaping it, and ordering right-to-left words."""

from __future__ import annotations

import time

from reportlab.pdfbase import pdfmetrics

from fgc_desktop.documents.fonts import (
    ARABIC,
    ARABIC_BOLD,
    CJK,
    LATIN,
    LATIN_BOLD,
    REGULAR_CHAIN,
    register_fonts,
)
from fgc_desktop.documents.script_runs import Markup, Run, font_runs, paragraph_markup


def test_latin_cyrillic_greek_and_welsh_stay_in_the_main_font() -> None:
    text = "Zofia Wójcik, Siân ap Rhys, Ольга Смирнова, Νίκος"
    assert font_runs(text, REGULAR_CHAIN) == [Run(LATIN, text)]


def test_chinese_falls_back_to_the_cjk_font() -> None:
    assert font_runs("Child: 王小明", REGULAR_CHAIN) == [Run(LATIN, "Child: "), Run(CJK, "王小明")]


def test_punctuation_the_cjk_font_lacks_is_printed_in_the_main_font() -> None:
    assert font_runs("王小明,", REGULAR_CHAIN) == [Run(CJK, "王小明"), Run(LATIN, ",")]


def test_arabic_and_urdu_fall_back_to_the_arabic_font() -> None:
    assert [run.font for run in font_runs("عائشہ خان", REGULAR_CHAIN)] == [ARABIC]


def test_right_to_left_words_are_put_in_visual_order() -> None:
    assert font_runs("فاطمة الزهراء", REGULAR_CHAIN) == [Run(ARABIC, "الزهراء فاطمة")]


def test_only_the_right_to_left_stretch_is_reversed() -> None:
    runs = font_runs("Mother فاطمة الزهراء agrees", REGULAR_CHAIN)
    assert [run.text for run in runs] == ["Mother ", "الزهراء فاطمة ", "agrees"]


def test_numbers_inside_right_to_left_text_move_with_it() -> None:
    text = "".join(run.text for run in font_runs("شارع 12 الملك", REGULAR_CHAIN))
    assert text == "الملك 12 شارع"


def test_markup_characters_are_escaped() -> None:
    markup = paragraph_markup('<b>Tom & "Jerry"</b>')
    assert markup.text == '&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;'
    assert not markup.shaped


def test_new_lines_become_line_breaks() -> None:
    assert paragraph_markup("one\ntwo\r\nthree").text == "one<br/>two<br/>three"


def test_control_characters_are_dropped() -> None:
    assert paragraph_markup("a\x00b\x1fc").text == "abc"


def test_fallback_runs_are_wrapped_in_font_tags() -> None:
    assert paragraph_markup("Ming 王小明").text == f'Ming <font name="{CJK}">王小明</font>'


def test_arabic_text_asks_for_shaping_and_right_alignment() -> None:
    markup = paragraph_markup("فاطمة الزهراء")
    assert markup.shaped
    assert markup.right_to_left


def test_latin_text_first_is_left_to_right_even_with_arabic_in_it() -> None:
    markup = paragraph_markup("Fatima فاطمة")
    assert markup.shaped
    assert not markup.right_to_left


def test_font_changes_inside_a_word_are_spaced_when_shaping() -> None:
    # reportlab shapes a whole word in one font, so "(فاطمة)" must become three words.
    assert paragraph_markup("(فاطمة)").text == f'( <font name="{ARABIC}">فاطمة </font>)'


def test_bold_text_uses_the_bold_faces() -> None:
    assert paragraph_markup("Zofia فاطمة", bold=True).text == (
        f'Zofia <font name="{ARABIC_BOLD}">فاطمة</font>'
    )
    assert font_runs("x", (LATIN_BOLD,)) == [Run(LATIN_BOLD, "x")]


def test_empty_text_gives_empty_markup() -> None:
    assert paragraph_markup("") == Markup("", shaped=False, right_to_left=False)
    assert paragraph_markup("  \n ").text.replace("<br/>", "").strip() == ""


def test_registering_fonts_again_is_cheap_and_keeps_them() -> None:
    register_fonts()
    started = time.perf_counter()
    register_fonts()
    assert time.perf_counter() - started < 0.001
    for name in (LATIN, LATIN_BOLD, ARABIC, ARABIC_BOLD, CJK):
        assert pdfmetrics.getFont(name).face.name
