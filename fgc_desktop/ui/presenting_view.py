"""The presenting view: large, high-contrast slides for a projector or a second screen.

It shows only what is said aloud in information sharing: the bottom lines, what each
professional shares, the children's wishes and feelings, and the questions for the family.
It never shows contact details, addresses, notes from visits or anything marked confidential.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import PROFESSIONAL_INFORMATION_FIELDS
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services.conference_day import SHARING_ROLES
from fgc_desktop.ui.translation import tr

TITLE_POINTS = 34
HEADING_POINTS = 26
TEXT_POINTS = 22
_BACKGROUND = "#ffffff"
_INK = "#000000"
_ACCENT = "#0a3d6b"
_STYLE = f"""
QWidget#presenting_view {{ background: {_BACKGROUND}; }}
QWidget#slide_page {{ background: {_BACKGROUND}; }}
QLabel {{ color: {_INK}; background: transparent; }}
QLabel#slide_title {{ color: {_ACCENT}; }}
QLabel[role="heading"] {{ color: {_ACCENT}; }}
QLabel#slide_counter {{ color: #333333; }}
QPushButton {{ padding: 6px 16px; }}
"""


@dataclass(frozen=True)
class Slide:
    """One part of information sharing: a title, a line under it, and blocks to read out."""

    title: str
    subtitle: str = ""
    blocks: tuple[tuple[str, str], ...] = ()  # (heading, text); either may be empty


def slides_for(conference: Conference) -> list[Slide]:
    """The slides, in the order information sharing runs; nothing private goes in."""
    day = format_date(conference.meeting.held_on) if conference.meeting.held_on else ""
    slides = [
        Slide(
            conference.family_name,
            tr("Family group conference") + (f" · {day}" if day else ""),
            (("", tr("Information sharing: what everyone needs to know before family time.")),),
        )
    ]
    if conference.bottom_lines:
        slides.append(
            Slide(
                tr("Bottom lines"),
                tr("What the plan must make sure of, whatever the family decide"),
                tuple(
                    (f"{number}.", _bottom_line_text(line.text, line.reason))
                    for number, line in enumerate(conference.bottom_lines, start=1)
                ),
            )
        )
    for person in conference.people:
        if person.role not in SHARING_ROLES:
            continue
        info = next(
            (i for i in conference.professional_information if i.person_id == person.id), None
        )
        if info is None:
            continue
        blocks = tuple(
            (tr(PROFESSIONAL_INFORMATION_FIELDS[key].label), getattr(info, key))
            for key in ("worries", "working_well", "needs_to_happen")
            if getattr(info, key).strip()
        )
        if blocks:
            slides.append(Slide(person.name, person.relationship or tr(person.role.label), blocks))
    for child in conference.children:
        voice = conference.child_voice(child.id)
        if voice is None or not voice.wishes_and_feelings.strip():
            continue
        first = child.name.split()[0] if child.name.split() else child.name
        reader = voice.read_out_by.strip()
        slides.append(
            Slide(
                tr("{name}’s wishes and feelings").format(name=first),
                tr("Read out by {reader}").format(reader=reader) if reader else "",
                (("", voice.wishes_and_feelings),),
            )
        )
    questions = conference.referral.question_list
    if questions:
        slides.append(
            Slide(
                tr("Questions for the family"),
                tr("Your plan will answer these"),
                tuple((f"{n}.", q) for n, q in enumerate(questions, start=1)),
            )
        )
    return slides


def _bottom_line_text(text: str, reason: str) -> str:
    return text + "\n" + tr("Why: {reason}").format(reason=reason) if reason.strip() else text


class PresentingView(QWidget):
    """A separate window of slides: arrows move through them, F11 fills the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenting_view")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(tr("Presenting view"))
        self.slides: list[Slide] = []
        self.index = 0
        self.title = QLabel()
        self.title.setObjectName("slide_title")
        self.title.setWordWrap(True)
        self.title.setFont(_font(TITLE_POINTS, bold=True))
        self.subtitle = QLabel()
        self.subtitle.setObjectName("slide_subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setFont(_font(TEXT_POINTS, italic=True))
        self.body = QWidget()
        self.body.setObjectName("slide_page")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(18)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.counter = QLabel()
        self.counter.setObjectName("slide_counter")
        self.counter.setFont(_font(TEXT_POINTS - 6))
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.next_button = QPushButton(tr("Next ▶"))
        self.full_screen_button = QPushButton(tr("Full screen (F11)"))
        self.close_button = QPushButton(tr("Close"))
        for button in (
            self.previous_button,
            self.next_button,
            self.full_screen_button,
            self.close_button,
        ):
            button.setFont(_font(TEXT_POINTS - 6))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.close_button.clicked.connect(self.close)
        self.screen_choice = QComboBox()
        self.screen_choice.setAccessibleName(tr("Show on another screen"))
        self.screen_choice.setFont(_font(TEXT_POINTS - 6))
        self.screen_choice.activated.connect(self._screen_chosen)
        self.screen_label = QLabel(tr("Show on:"))
        self.screen_label.setFont(_font(TEXT_POINTS - 6))
        self.screen_label.setBuddy(self.screen_choice)
        controls = QHBoxLayout()
        controls.addWidget(self.previous_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.counter)
        controls.addStretch(1)
        controls.addWidget(self.screen_label)
        controls.addWidget(self.screen_choice)
        controls.addWidget(self.full_screen_button)
        controls.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(controls)
        for keys, action in (
            ((Qt.Key.Key_F11,), self.toggle_full_screen),
            ((Qt.Key.Key_Escape,), self.leave_full_screen),
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space), self.next),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.previous),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(action)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1280, 800)
        self._list_screens()

    def show_conference(self, conference: Conference) -> None:
        """Take the slides from the conference as it is now, staying on the same slide."""
        self.setWindowTitle(
            tr("Presenting: {family_name}").format(family_name=conference.family_name)
        )
        self.slides = slides_for(conference)
        self.index = min(self.index, len(self.slides) - 1)
        self._show_slide()

    def next(self) -> None:
        """Go on to the next slide."""
        if self.index < len(self.slides) - 1:
            self.index += 1
            self._show_slide()

    def previous(self) -> None:
        """Go back a slide."""
        if self.index > 0:
            self.index -= 1
            self._show_slide()

    def toggle_full_screen(self) -> None:
        """Fill the screen, or go back to a window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._label_full_screen()

    def leave_full_screen(self) -> None:
        """Esc: back to a window (the coordinator may need the laptop screen)."""
        if self.isFullScreen():
            self.showNormal()
            self._label_full_screen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Home and End jump to the first and last slide (arrows are shortcuts)."""
        key = event.key()
        if key == Qt.Key.Key_Home:
            self.index = 0
            self._show_slide()
        elif key == Qt.Key.Key_End:
            self.index = max(0, len(self.slides) - 1)
            self._show_slide()
        else:
            super().keyPressEvent(event)

    def visible_text(self) -> str:
        """All the words on the current slide (for tests and screen readers)."""
        parts = [self.title.text(), self.subtitle.text()]
        parts += [label.text() for label in self.body_labels()]
        return "\n".join(part for part in parts if part)

    def body_labels(self) -> list[QLabel]:
        """The labels of the current slide's blocks."""
        return [label for label in self.body.findChildren(QLabel) if not label.isHidden()]

    def _show_slide(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not unparented: a parentless widget would become a window
                widget.deleteLater()
        if not self.slides:
            return
        slide = self.slides[self.index]
        self.title.setText(slide.title)
        self.subtitle.setText(slide.subtitle)
        self.subtitle.setVisible(bool(slide.subtitle))
        for heading, text in slide.blocks:
            block = _block(heading, text)
            self.body_layout.addWidget(block)
            block.show()
        self.body_layout.addStretch(1)
        self.counter.setText(
            tr("{value0} of {count_slides}").format(
                value0=self.index + 1, count_slides=len(self.slides)
            )
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.slides) - 1)
        self.setAccessibleDescription(
            tr("Slide {value1} of {count_slides}: {title}").format(
                value1=self.index + 1, count_slides=len(self.slides), title=slide.title
            )
        )
        self.scroll.verticalScrollBar().setValue(0)

    def _list_screens(self) -> None:
        screens = QGuiApplication.screens()
        self.screen_choice.clear()
        for number, screen in enumerate(screens, start=1):
            size = screen.geometry()
            self.screen_choice.addItem(
                tr("Screen {number}: {value3} ({value5}×{value7})").format(
                    number=number, value3=screen.name(), value5=size.width(), value7=size.height()
                ),
                number - 1,
            )
        several = len(screens) > 1
        self.screen_choice.setVisible(several)
        self.screen_label.setVisible(several)

    def _screen_chosen(self, index: int) -> None:
        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            return
        screen = screens[index]
        was_full = self.isFullScreen()
        if was_full:
            self.showNormal()
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        self.showFullScreen()
        self._label_full_screen()

    def _label_full_screen(self) -> None:
        self.full_screen_button.setText(
            tr("Leave full screen (Esc)") if self.isFullScreen() else tr("Full screen (F11)")
        )


def _block(heading: str, text: str) -> QWidget:
    box = QWidget()
    if heading.endswith(".") and heading[:-1].isdigit():
        # A numbered item: the number beside the text, as a list is read out.
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        number = QLabel(heading)
        number.setProperty("role", "heading")
        number.setFont(_font(TEXT_POINTS, bold=True))
        number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        number.setMinimumWidth(number.fontMetrics().horizontalAdvance("00."))
        row.addWidget(number)
        row.addWidget(_text_label(text), 1)
        return box
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    if heading:
        caption = QLabel(heading)
        caption.setProperty("role", "heading")
        caption.setFont(_font(HEADING_POINTS, bold=True))
        caption.setWordWrap(True)
        column.addWidget(caption)
    column.addWidget(_text_label(text))
    return box


def _text_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(_font(TEXT_POINTS))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _font(points: int, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSize(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font
