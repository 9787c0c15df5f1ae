"""Where the app's shipped files (fonts, icons) are, from a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_folder() -> Path:
    """The `resources/` folder beside the package, or inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_folder() -> Path:
    """The folder of TrueType fonts embedded in documents and loaded into the interface."""
    return resources_folder() / "fonts"


def translations_folder() -> Path:
    """The folder of the interface's translation catalogues (.ts sources and compiled .qm)."""
    return resources_folder() / "translations"
