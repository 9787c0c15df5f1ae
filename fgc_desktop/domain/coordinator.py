"""The coordinator and their service, as named on every letter and document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Coordinator:
    """Who families call about their conference."""

    name: str = ""
    phone: str = ""
    email: str = ""
    service: str = "Family Group Conference Service"

    @property
    def is_complete(self) -> bool:
        """True when a family could reach the coordinator from a letter."""
        return bool(self.name and (self.phone or self.email))
