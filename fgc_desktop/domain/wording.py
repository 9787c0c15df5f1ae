"""Sentences the domain says to a person, kept with their template so they can be translated.

The domain has no translator; a `Words` reads as its English everywhere (the CLI, the audit trail,
tests) and carries the template and values from which the interface builds it in its language.
"""

from __future__ import annotations

from collections.abc import Sequence


class Words(str):
    """English text made from a template and named values, e.g. Words("Visit {name}", name=…)."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Words:
        """The English text; `template` and `values` stay on it for translating."""
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text


def listed(parts: Sequence[str], separator: str = "; ") -> Words:
    """Sentences or labels joined (English as `separator.join`), each one still translatable."""
    template = separator.join(f"{{part{i}}}" for i in range(len(parts)))
    # A built template has no catalogue entry, so it reads the same in any language; only its
    # parts (those that are Words) are translated.
    return Words(template, **{f"part{i}": part for i, part in enumerate(parts)})
