"""Running one edit through a service, and saying plainly why it was not saved when it fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_noop, tr_steps

NOT_SAVED = tr_noop("Not saved: the store could not be written.")


def attempt_edit(
    widget: QWidget,
    call: Callable[[], Conference],
    show_message: Callable[[str], None],
    explain: Callable[[ValidationError], str] = str,
) -> Conference | None:
    """The updated conference, or None after showing why the edit was refused or not stored."""
    try:
        conference = call()
    except ValidationError as error:
        show_message(explain(error))
    except StageBlocked as error:
        show_message(tr_steps(error.missing))
    except StoreError as error:
        show_message(tr(NOT_SAVED))
        show_store_problem(widget.window(), error)
    else:
        show_message("")
        return conference
    return None
