"""Passphrase rules and the strength hint beside the box."""

from __future__ import annotations

import unicodedata

import pytest

from fgc_desktop.domain.passphrase import Strength, check_new_passphrase, strength_of
from fgc_desktop.domain.validation import ValidationError


def test_a_good_passphrase_is_kept_exactly_as_typed_in_one_normal_form() -> None:
    typed = unicodedata.normalize("NFD", "Zażółć gęślą jaźń 'łódź'")
    kept = check_new_passphrase(typed, typed)
    assert kept == unicodedata.normalize("NFC", typed)
    # The same letters composed another way still match.
    assert check_new_passphrase(typed, unicodedata.normalize("NFC", typed)) == kept


@pytest.mark.parametrize(
    ("passphrase", "again", "problem"),
    [
        ("", "", "cannot be empty"),
        ("river stones", "river stone", "do not match"),
        ("seven77", "seven77", "at least 8 characters"),
        ("river stones ", "river stones ", "starts or ends with a space"),
        ("river\nstones", "river\nstones", "control characters"),
        ("x" * 1025, "x" * 1025, "the most it can be is 1,024"),
    ],
)
def test_passphrases_that_will_not_do_say_why(passphrase, again, problem) -> None:
    with pytest.raises(ValidationError, match=problem):
        check_new_passphrase(passphrase, again)


@pytest.mark.parametrize(
    ("passphrase", "strength"),
    [
        ("short", Strength.WEAK),
        ("Password1!", Strength.WEAK),
        ("qwertyuiop", Strength.WEAK),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("tiger lamp", Strength.WEAK),
        ("blue kettle sings", Strength.FAIR),
        ("Tr0ub4dor&3", Strength.FAIR),
        ("correct horse battery staple", Strength.STRONG),
        ("Kettle-Orchard-7-Pylon", Strength.STRONG),
        ("x7#Kp9!vQ2m@Lr4$", Strength.STRONG),
        ("王小明喜欢吃苹果", Strength.STRONG),
    ],
)
def test_the_strength_hint(passphrase, strength) -> None:
    hint = strength_of(passphrase)
    assert hint.strength is strength
    assert hint.advice.endswith(".")
