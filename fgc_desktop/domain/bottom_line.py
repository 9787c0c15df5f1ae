"""Bottom lines: what the local authority cannot accept, said before the family plans."""

from __future__ import annotations

from dataclasses import dataclass, field

from fgc_desktop.domain.identity import new_id


@dataclass
class BottomLine:
    """A non-negotiable the family plan must meet, with the referrer's reason for it."""

    text: str
    reason: str = ""
    id: str = field(default_factory=new_id)
