"""The one-page referral summary PDF: the referral, the network map and who is who."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.services.coordinator import coordinator
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store


def render_summary(conference: Conference, details: Coordinator) -> bytes:
    """Lay out the referral summary (reportlab is imported only when first needed)."""
    from fgc_desktop.documents.referral_summary import render_referral_summary

    return render_referral_summary(conference, details)


def referral_summary_job(
    store: Store, conference_id: str
) -> tuple[Conference, Callable[[], bytes]]:
    """The conference and a function making its summary PDF, safe to run off the GUI thread."""
    conference = conferences.load_conference(store, conference_id)
    return conference, partial(render_summary, conference, coordinator(store))
