"""The language of the interface, chosen per user and known before any caseload is opened.

It is kept in the user's own settings file, not in the store: the passphrase prompt and the
messages about a store that cannot be opened come before the store is readable.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from fgc_desktop.domain.language import Language

_KEY = "interface/language"


def settings_path() -> Path:
    """The user's settings file (tests point this at a temporary folder)."""
    folder = Path(platformdirs.user_config_dir("FGC Desktop", appauthor=False))
    return folder / "settings.ini"


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def chosen_language() -> Language:
    """The language this user chose for the interface; English until they choose."""
    value = _settings().value(_KEY, Language.ENGLISH.value)
    try:
        return Language(str(value))
    except ValueError:
        return Language.ENGLISH


def choose_language(language: Language) -> None:
    """Keep the user's choice; it shows from the next start."""
    settings = _settings()
    settings.setValue(_KEY, language.value)
    settings.sync()
