"""The window in a high-contrast palette and at large and small system fonts: every label and
button reads at 4.5:1 against what is behind it (measured in the rendered pixels) and none is cut
off; the pictures are saved to look at."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QThreadPool
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui import readable_colours
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.readable_colours import AA_CONTRAST, contrast

_R = QPalette.ColorRole
HIGH_CONTRAST = {
    _R.Window: "black",
    _R.WindowText: "white",
    _R.Base: "black",
    _R.AlternateBase: "#202020",
    _R.Text: "white",
    _R.Button: "black",
    _R.ButtonText: "white",
    _R.Highlight: "yellow",
    _R.HighlightedText: "black",
    _R.ToolTipBase: "black",
    _R.ToolTipText: "white",
    _R.PlaceholderText: "#c8c8c8",
    _R.Link: "cyan",
    _R.BrightText: "yellow",
}


def high_contrast_palette() -> QPalette:
    """Black window and fields, white text, yellow highlight, as a system high-contrast theme."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in HIGH_CONTRAST.items():
            palette.setColor(group, role, QColor(colour))
    for role in (_R.Window, _R.Base, _R.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("black"))
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0"))
    return palette


@pytest.fixture
def system_look(qapp: QApplication) -> Iterator[None]:
    """Whatever palette and font a test gives the application are put back afterwards."""
    palette, font = QApplication.palette(), QApplication.font()
    yield
    qapp.setPalette(palette)
    qapp.setFont(font)


def with_point_size(points: int) -> QFont:
    """The application's font (the system's, in Noto Sans) at another point size."""
    font = QFont(QApplication.font())
    font.setPointSize(points)
    return font


def unreadable_or_cut(window: MainWindow) -> list[str]:
    """Every visible, enabled label and button whose text does not read or does not fit."""
    picture = window.grab().toImage()
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not _checkable(widget, window):
            continue
        # Measured where wholly in sight; a page scrolled part-way hides the rest.
        if widget.visibleRegion().boundingRect() == widget.rect():
            area = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            ratio = _text_contrast(picture.copy(area))
            if ratio < AA_CONTRAST:
                problems.append(f"{_text(widget)!r} reads at {ratio:.1f}:1")
        if _cut_off(widget):
            problems.append(f"{_text(widget)!r} is cut off ({widget.width()} px wide)")
    return problems


def _checkable(widget: QWidget, window: QWidget) -> bool:
    # Disabled controls are exempt from contrast rules, and greyed out on purpose.
    return (
        widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and bool(_text(widget).strip())
    )


def _text(widget: QLabel | QAbstractButton) -> str:
    return widget.text()


def _text_contrast(image: QImage) -> float:
    """Contrast between the commonest colour (the background) and the strongest ink on it."""
    counts: Counter[int] = Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    # Small glyphs are all antialiasing: their darkest (or lightest) pixel is the ink.
    return max(contrast(QColor.fromRgb(pixel), background) for pixel in counts)


def _cut_off(widget: QLabel | QAbstractButton) -> bool:
    if isinstance(widget, QAbstractButton):
        return widget.sizeHint().width() > widget.width() + 1
    if widget.wordWrap() or "<" in widget.text():
        return False  # wrapped or rich text: laid out to the width it has
    needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
    return needed > widget.contentsRect().width() + 1


def _pictures(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FGC_LOOK_PICTURES", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settled() -> None:
    """Let background reads finish and their texts be laid out, as before a person looks."""
    QThreadPool.globalInstance().waitForDone(30_000)
    for _ in range(3):
        QApplication.processEvents()


def screens(qtbot: QtBot, store: Store, window: MainWindow) -> Iterator[str]:
    """Show Home and then every page of a conference that has everything, naming each."""
    qtbot.waitUntil(lambda: not window.dashboard.is_loading)
    settled()
    yield "home"
    nowak = next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == "Nowak family"
    )
    window.open_at(nowak, "Referral")
    for index in range(window.conference.tabs.count()):
        window.conference.tabs.setCurrentIndex(index)
        settled()
        yield window.conference.tabs.tabToolTip(index).lower().replace(" ", "-")


@pytest.mark.parametrize(
    ("look", "points"), [("high-contrast", 16), ("default", 9), ("default", 16)]
)
def test_every_label_and_button_reads_and_fits(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    system_look: None,
    tmp_path: Path,
    look: str,
    points: int,
):
    if look == "high-contrast":
        qapp.setPalette(high_contrast_palette())
    qapp.setFont(with_point_size(points))
    demo_caseload.write_demo_caseload(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    found = {}
    for screen in screens(qtbot, store, window):
        window.grab().save(str(_pictures(tmp_path) / f"{look}-{points}pt-{screen}.png"))
        problems = unreadable_or_cut(window)
        if problems:
            found[screen] = problems
    assert not found, found


def test_a_grey_hint_is_lightened_on_black_and_kept_on_white(qapp: QApplication, system_look):
    readable_colours.install()  # as the main window does; this test may run before any window
    hint = QLabel("Tick everyone invited to the review.")
    hint.setStyleSheet("color: #555555;")
    hint.show()
    assert hint.styleSheet() == "color: #555555;", "readable on the light palette: unchanged"
    qapp.setPalette(high_contrast_palette())
    hint.setStyleSheet("color: #555555;")
    lightened = QColor(hint.styleSheet().removeprefix("color: ").rstrip(";"))
    assert contrast(lightened, QColor("black")) >= AA_CONTRAST
    hint.deleteLater()


@pytest.mark.parametrize("palette", ["default", "high contrast"])
def test_grey_words_in_rich_text_read_on_the_palette(
    qtbot: QtBot, store: Store, system_look: None, qapp: QApplication, palette: str
) -> None:
    # Rich text is not restyled as it is shown: its grey (the reference beside the family
    # name, a person's role) is chosen against the palette in use when it is written.
    if palette == "high contrast":
        qapp.setPalette(high_contrast_palette())
    demo_caseload.write_demo_caseload(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    conference = caseload.list_conferences(store)[0]
    window.open_conference(conference.conference_id)
    title = window.conference.title.text()
    grey = QColor(title.split("color: ")[1].split(";")[0])
    behind = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(grey, behind) >= AA_CONTRAST
    assert conference.reference in title
