"""Review dates by the youngest child's age, and the canonical content that is signed."""

from __future__ import annotations

from datetime import date

import pytest

from fgc_desktop.domain.canonical_plan import canonical_bytes, canonical_content, content_hash
from fgc_desktop.domain.plan import add_months, default_review_date
from fgc_desktop.domain.stage import Stage


@pytest.mark.parametrize(
    ("births", "expected"),
    [
        ([date(2020, 6, 1)], date(2027, 5, 30)),  # six years old: within 6 months
        ([date(2019, 11, 30)], date(2027, 11, 30)),  # seven today: within 12 months
        ([date(2012, 1, 1), date(2024, 3, 3)], date(2027, 5, 30)),  # youngest decides
        ([None], date(2027, 11, 30)),  # no birth date known: the longer period
        ([], date(2027, 11, 30)),
    ],
)
def test_review_date_follows_the_youngest_child(births, expected) -> None:
    assert default_review_date(date(2026, 11, 30), births) == expected


def test_months_are_added_to_the_end_of_a_shorter_month() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)


def test_hash_is_stable_and_follows_every_agreed_fact(conference_at) -> None:
    conference = conference_at(Stage.PLAN_AGREEMENT)
    plan = conference.plan
    first = content_hash(conference, plan)
    assert first == content_hash(conference, plan)
    assert len(first) == 64
    plan.actions[0].who = "Halina Wójcik"
    assert content_hash(conference, plan) != first


def test_canonical_bytes_do_not_depend_on_key_order() -> None:
    assert canonical_bytes({"b": 1, "a": "ł"}) == canonical_bytes({"a": "ł", "b": 1})
    assert canonical_bytes({"a": "ł"}) == '{"a":"ł"}'.encode()


def test_canonical_content_holds_what_participants_agree_to(conference_at) -> None:
    conference = conference_at(Stage.PLAN_AGREEMENT)
    content = canonical_content(conference, conference.plan)
    assert content["conference"]["reference"] == conference.reference
    assert [c["name"] for c in content["children"]] == ["Zofia Wójcik", "Jakub Nowak"]
    assert content["actions"][0]["what"] == "Walk the children to school"
    assert content["bottom_lines"][0]["text"] == "The children must not be left alone overnight"
