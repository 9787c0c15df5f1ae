"""The conference day through the services: information shared, questions, family time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fgc_desktop.domain.conference_day import (
    FamilyTimeSession,
    clock,
    family_time_seconds,
    running_session,
)
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import conference_day, network
from fgc_desktop.services.exchange import export_conference, import_conference
from fgc_desktop.store.connection import open_store


def test_each_professional_shares_three_columns(store, stored_at) -> None:
    conference = stored_at(Stage.INFORMATION_SHARING)
    with_worker = network.add_person(store, conference.id, "Jo Bennett", Role.PROFESSIONAL)
    worker = with_worker.people[-1]
    conference_day.share_information(store, conference.id, worker.id, "worries", "Late nights")
    shared = conference_day.share_information(
        store, conference.id, worker.id, "working_well", "Gran is always there"
    )
    [info] = shared.professional_information
    assert (info.worries, info.working_well, info.needs_to_happen) == (
        "Late nights",
        "Gran is always there",
        "",
    )
    mother = next(p for p in shared.people if p.name == "Agnieszka Nowak")
    with pytest.raises(ValidationError, match="choose a professional"):
        conference_day.share_information(store, conference.id, mother.id, "worries", "x")


def test_the_familys_questions_and_answers_are_kept(store, stored_at) -> None:
    conference = stored_at(Stage.INFORMATION_SHARING)
    with pytest.raises(ValidationError, match="cannot be empty"):
        conference_day.ask_question(store, conference.id, "  ")
    asked = conference_day.ask_question(
        store, conference.id, "Can Gran have the children at weekends?", "فاطمة الزهراء"
    )
    question = asked.family_questions[0]
    answered = conference_day.edit_question(
        store, conference.id, question.id, "answer", "Yes, if the plan says how"
    )
    assert answered.family_questions[0].answer == "Yes, if the plan says how"
    assert conference_day.remove_question(store, conference.id, question.id).family_questions == []


def test_family_time_runs_in_sessions_that_add_up(store, stored_at) -> None:
    conference = stored_at(Stage.FAMILY_TIME)
    started = conference_day.start_family_time(store, conference.id)
    assert running_session(started.family_time) is not None
    with pytest.raises(StageBlocked, match="already running"):
        conference_day.start_family_time(store, conference.id)
    stopped = conference_day.end_family_time(store, conference.id)
    assert running_session(stopped.family_time) is None
    with pytest.raises(StageBlocked, match="not running"):
        conference_day.end_family_time(store, conference.id)
    again = conference_day.start_family_time(store, conference.id)
    assert len(again.family_time) == 2


def test_sessions_add_up_without_the_breaks() -> None:
    sessions = [
        FamilyTimeSession("2026-11-24T10:00:00+00:00", "2026-11-24T11:05:09+00:00"),
        FamilyTimeSession("2026-11-24T11:30:00+00:00"),
    ]
    now = datetime(2026, 11, 24, 11, 45, tzinfo=UTC)
    assert family_time_seconds(sessions, now) == 3909 + 900
    assert clock(3909 + 900) == "1:20:09"
    assert clock(750) == "12:30"


def test_the_conference_day_travels_in_the_exchange_file(store, stored_at, tmp_path) -> None:
    conference = stored_at(Stage.FAMILY_TIME)
    conference_day.ask_question(store, conference.id, "Who drives?", "Halina")
    conference_day.start_family_time(store, conference.id)
    data = export_conference(store, conference.reference)
    other = open_store(tmp_path / "other.sqlite")
    import_conference(other, data)
    from fgc_desktop.services import caseload

    assert caseload.load(other, conference.id) == caseload.load(store, conference.id)
    other.close()
