"""What people type: dates, times, long and empty text, any script."""

from __future__ import annotations

from datetime import date

import pytest

from fgc_desktop.domain.fields import CONFERENCE_FIELDS, PERSON_FIELDS
from fgc_desktop.domain.identity import format_reference, parse_reference
from fgc_desktop.domain.validation import (
    LONG_TEXT_LIMIT,
    ValidationError,
    clean_line,
    clean_text,
    parse_date,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-03-31", date(2026, 3, 31)),
        ("31/03/2026", date(2026, 3, 31)),
        ("1.4.2026", date(2026, 4, 1)),
        ("  ", None),
        ("", None),
    ],
)
def test_dates_in_the_forms_coordinators_write(typed, expected) -> None:
    assert parse_date(typed, "Conference date") == expected


@pytest.mark.parametrize("typed", ["31/02/2026", "2026-13-01", "29/02/2027"])
def test_impossible_dates_are_named_as_such(typed) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(typed, "Conference date")
    assert error.value.message == f"“{typed}” is not a real date"
    assert str(error.value).startswith("Conference date:")


def test_text_that_is_not_a_date_says_how_to_write_one() -> None:
    with pytest.raises(ValidationError, match="write it as 2026-03-31"):
        parse_date("next Tuesday", "Conference date")


def test_names_in_any_script_are_kept_exactly() -> None:
    for name in ["Zofia Wójcik", "Siân ap Rhys", "فاطمة الزهراء", "عائشہ خان", "王小明", "Νίκος"]:
        assert clean_line(name, "Name") == name


def test_control_characters_are_dropped_and_lines_joined() -> None:
    assert clean_line("Ewa\x00 \n Nowak\x1b", "Name") == "Ewa Nowak"
    assert clean_text("line one\nline two\x07", "Notes") == "line one\nline two"


def test_huge_text_is_refused_with_its_length() -> None:
    with pytest.raises(ValidationError, match="20,001 characters long; the most it can hold is"):
        clean_text("x" * (LONG_TEXT_LIMIT + 1), "Worries")


def test_required_fields_cannot_be_empty() -> None:
    with pytest.raises(ValidationError, match="Family name: cannot be empty"):
        CONFERENCE_FIELDS["family_name"].clean("   ")
    with pytest.raises(ValidationError, match="Name: cannot be empty"):
        PERSON_FIELDS["name"].clean("")


@pytest.mark.parametrize(("typed", "expected"), [("9:30", "09:30"), ("14.05", "14:05"), ("", "")])
def test_times(typed, expected) -> None:
    assert CONFERENCE_FIELDS["starts_at"].clean(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "9", "half past nine", "10:60"])
def test_impossible_times(typed) -> None:
    with pytest.raises(ValidationError):
        CONFERENCE_FIELDS["starts_at"].clean(typed)


def test_references_round_trip() -> None:
    assert format_reference(2026, 42) == "FGC-2026-0042"
    assert parse_reference("fgc-2026-0042") == (2026, 42)
    assert parse_reference("2026-0042") is None


@pytest.mark.parametrize("typed", ["31/12/9999", "0001-01-01", "1899-12-31"])
def test_years_outside_a_lifetime_are_a_typing_slip(typed) -> None:
    with pytest.raises(ValidationError, match="outside 1900–2100; check the year"):
        parse_date(typed, "Conference date")
