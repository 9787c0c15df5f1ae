"""The one way the interface asks for its words in the chosen language.

Every visible string goes through `tr`. Wording fixed at import time (constants, dicts of labels)
keeps its English behind `tr_noop`, so the catalogue finds it, and is passed to `tr` where it is
shown, because the translator is only installed once the application has started.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from fgc_desktop.domain.language import Language
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.resource_files import translations_folder

# One context for the whole interface: the same English wording is translated once.
CONTEXT = "FGCDesktop"
CATALOGUE_NAME = "fgc_desktop"


def tr(text: str, disambiguation: str | None = None) -> str:
    """Return *text* in the interface's language (as written when no translation is loaded)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def tr_noop(text: str, disambiguation: str | None = None) -> str:
    """Mark *text* for the catalogue without translating it yet; pass it to `tr` when shown.

    A disambiguation (e.g. "tab") makes a separate entry, for a shorter wording in one place.
    """
    return text


# Day and month names of dates written out: the full ones are the domain's (in the catalogue
# already), the short ones are marked here.
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SHORT_DAYS = (
    tr_noop("Mon"), tr_noop("Tue"), tr_noop("Wed"), tr_noop("Thu"), tr_noop("Fri"),
    tr_noop("Sat"), tr_noop("Sun"),
)  # fmt: skip
_SHORT_MONTHS = (
    tr_noop("Jan"), tr_noop("Feb"), tr_noop("Mar"), tr_noop("Apr"), tr_noop("May"),
    tr_noop("Jun"), tr_noop("Jul"), tr_noop("Aug"), tr_noop("Sep"), tr_noop("Oct"),
    tr_noop("Nov"), tr_noop("Dec"),
)  # fmt: skip


def tr_date(day: date, pattern: str) -> str:
    """A date by a strftime pattern whose day and month names (%A %a %B %b) are in the language.

    English names whatever the computer's own locale, as the rest of the interface.
    """
    names = {
        "%A": tr(_DAYS[day.weekday()]),
        "%a": tr(_SHORT_DAYS[day.weekday()]),
        "%B": tr(_MONTHS[day.month - 1]),
        "%b": tr(_SHORT_MONTHS[day.month - 1]),
    }
    for code, name in names.items():
        pattern = pattern.replace(code, name.replace("%", "%%"))
    return day.strftime(pattern)


def tr_words(text: str) -> str:
    """A sentence from the domain in the interface's language (a `Words` by its template)."""
    if isinstance(text, Words):
        values = {key: tr_words(v) if isinstance(v, Words) else v for key, v in text.values.items()}
        return tr(text.template).format(**values)
    return tr(text)


def tr_value(text: str) -> str:
    """The app's own wording (a `Words`) translated; anything else, typed data, as it is."""
    return tr_words(text) if isinstance(text, Words) else text


def history_record(kind: str, title: str) -> str:
    """A history entry's record, e.g. "Network person: Agnieszka Nowak", in the language."""
    if not title:
        return tr(kind)
    return tr("{kind}: {title}").format(kind=tr(kind), title=tr_value(title))


def tr_error(error: BaseException) -> str:
    """An error's message in the interface's language, as `str(error)` reads it in English.

    A ValidationError is its field and its `Words`; any other error whose one argument is a
    `Words` (store errors) is that sentence; anything else is shown as it is.
    """
    if isinstance(error, ValidationError):
        return f"{tr_words(error.field)}: {tr_words(error.message)}"
    if len(error.args) == 1 and isinstance(error.args[0], Words):
        return tr_words(error.args[0])
    return str(error)


def tr_steps(steps: Iterable[str], separator: str = " ") -> str:
    """Steps still missing (or other domain sentences), each translated, joined."""
    return separator.join(tr_words(step) for step in steps)


def catalogue_file(language: Language) -> str:
    """The compiled catalogue (.qm) of a language, beside its .ts in resources/translations."""
    return str(translations_folder() / f"{CATALOGUE_NAME}_{language.value}.qm")


def install_translator(language: Language) -> QTranslator | None:
    """Load the language's catalogue into the running application; None for English.

    The translator is parented to the application so it lives as long as the interface.
    """
    app = QCoreApplication.instance()
    if app is None or language is Language.ENGLISH:
        return None
    translator = QTranslator(app)
    if not translator.load(catalogue_file(language)):
        return None
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(language.value))
    return translator
