"""The family view: a full-screen, large-type page where the family write their plan.

It shows only what the family need in private family time: the questions they must answer,
the bottom lines, their own actions and the clock. Nothing confidential and no professional
note (worries, the referral, visit notes, contact details) is on it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import ACTION_FIELDS
from fgc_desktop.domain.plan import Action
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.family_time import FamilyTimeClock
from fgc_desktop.ui.field_form import FieldForm, LongTextEdit
from fgc_desktop.ui.translation import tr, tr_noop, tr_steps

TEXT_POINTS = 18
HEADING_POINTS = 26
# The family's words for the fields of an action: the same checks, plainer labels.
FAMILY_LABELS = {
    "what": tr_noop("What will happen"),
    "who": tr_noop("Who"),
    "by_when": tr_noop("By when"),
}
_FAMILY_SPECS = [replace(ACTION_FIELDS[key], label=label) for key, label in FAMILY_LABELS.items()]
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_STYLE = f"""
* {{ font-size: {TEXT_POINTS}pt; }}
QLabel#family_view_heading {{ font-size: {HEADING_POINTS + 4}pt; font-weight: bold; }}
QLabel#our_actions {{ font-size: {HEADING_POINTS}pt; font-weight: bold; }}
QLabel#family_time_clock {{ font-size: {HEADING_POINTS + 6}pt; font-weight: bold; }}
QWidget#family_view {{ background: #fbfaf6; }}
QLabel {{ color: #111111; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: #fbfaf6; }}
QGroupBox {{ border: 2px solid #c9c3b3; border-radius: 8px;
            margin-top: 1.2em; padding: 12px; background: #ffffff; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 6px; color: #143d59; }}
QPushButton {{ padding: 8px 18px; }}
QPushButton#add_action {{ background: #143d59; color: white; border-radius: 6px;
                         padding: 10px 24px; }}
QPushButton#add_action:focus {{ border: 3px solid #f2b705; }}
"""


class ActionCard(QGroupBox):
    """One of the family's actions, edited in place."""

    saved = Signal(object)

    def __init__(self, store: Store, number: int, action_id: str) -> None:
        super().__init__(tr("Action {number}").format(number=number))
        self._store = store
        self._conference_id = ""
        self.action_id = action_id
        self.form = FieldForm(
            _FAMILY_SPECS, self._save, name_prefix=tr("Action {number}: ").format(number=number)
        )
        self.form.saved.connect(self.saved.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def show_action(self, conference_id: str, action: Action, *, locked: bool) -> None:
        """Show the action as stored."""
        self._conference_id = conference_id
        self.form.set_values(
            {"what": action.what, "who": action.who, "by_when": format_date(action.by_when)}
        )
        self.form.set_read_only(locked)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the text boxes to the family view's large type once it applies."""
        super().showEvent(event)
        refit_text_boxes(self)

    def _save(self, key: str, text: str) -> Conference:
        return plan_agreement.edit_action(
            self._store, self._conference_id, self.action_id, key, text
        )


class FamilyView(QWidget):
    """The family's own screen for private family time; leaving it asks first."""

    saved = Signal(object)
    left = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("family_view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAccessibleName(tr("Family view"))
        self.setStyleSheet(_STYLE)
        font = QFont(self.font())
        font.setPointSize(TEXT_POINTS)
        self.setFont(font)
        self._store = store
        self._conference: Conference | None = None
        self._action_ids: list[str] = []
        self._leaving = False
        self.cards: dict[str, ActionCard] = {}

        self.heading = QLabel()
        self.heading.setObjectName("family_view_heading")
        self.heading.setFont(_font(HEADING_POINTS + 4, bold=True))
        self.heading.setWordWrap(True)
        self.clock = FamilyTimeClock(store, clock_points=HEADING_POINTS + 6)
        self.clock.saved.connect(self.saved.emit)
        self.back_button = QPushButton(tr("Back to the coordinator"))
        self.back_button.setAccessibleName(tr("Back to the coordinator view"))
        self.back_button.clicked.connect(self.ask_to_leave)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.questions_box = QGroupBox(tr("Questions to answer"))
        self.questions_layout = QVBoxLayout(self.questions_box)
        self.bottom_lines_box = QGroupBox(tr("Bottom lines: must be met"))
        self.bottom_lines_layout = QVBoxLayout(self.bottom_lines_box)
        self.clock_box = QGroupBox(tr("Family time"))
        QVBoxLayout(self.clock_box).addWidget(self.clock)
        guide = QWidget()
        guide_layout = QVBoxLayout(guide)
        guide_layout.setContentsMargins(0, 0, 0, 0)
        guide_layout.addWidget(self.clock_box)
        guide_layout.addWidget(self.questions_box)
        guide_layout.addWidget(self.bottom_lines_box)
        guide_layout.addStretch(1)

        self.actions_box = QWidget()
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        self.no_actions = QLabel(tr("No actions yet. Write the first one below."))
        self.no_actions.setWordWrap(True)
        self.new_what = LongTextEdit(min_lines=3)
        self.new_what.setObjectName("family_new_what")
        self.new_what.setAccessibleName(tr("What will happen?"))
        self.new_what.setPlaceholderText(tr("In your own words: what will happen?"))
        self.new_who = QLineEdit()
        self.new_who.setObjectName("family_new_who")
        self.new_who.setAccessibleName(tr("Who?"))
        self.new_who.setPlaceholderText(tr("One or more people, or a service"))
        self.new_by_when = QLineEdit()
        self.new_by_when.setObjectName("family_new_by_when")
        self.new_by_when.setAccessibleName(tr("By when?"))
        self.new_by_when.setPlaceholderText(tr("e.g. 31/05/2026"))
        self.add_button = QPushButton(tr("Add to our plan"))
        self.add_button.setObjectName("add_action")
        self.add_button.clicked.connect(self.add_action)
        self.add_message = QLabel()
        self.add_message.setObjectName("family_add_message")
        self.add_message.setStyleSheet(_ERROR_STYLE)
        self.add_message.setWordWrap(True)
        self.add_message.hide()
        new_box = QGroupBox(tr("Add an action"))
        new_layout = QVBoxLayout(new_box)
        for caption, editor in (
            (tr("What will happen?"), self.new_what),
            (tr("Who?"), self.new_who),
            (tr("By when?"), self.new_by_when),
        ):
            label = QLabel(caption)
            label.setBuddy(editor)
            new_layout.addWidget(label)
            new_layout.addWidget(editor)
        new_layout.addWidget(self.add_message)
        new_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.new_box = new_box
        plan_title = QLabel(tr("Our actions"))
        plan_title.setObjectName("our_actions")
        plan_title.setFont(_font(HEADING_POINTS, bold=True))
        plan = QWidget()
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(plan_title)
        plan_layout.addWidget(self.no_actions)
        plan_layout.addWidget(self.actions_box)
        plan_layout.addWidget(new_box)
        plan_layout.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(_scrolling(guide), 1)
        columns.addSpacing(16)
        columns.addWidget(_scrolling(plan), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.ask_to_leave)
        self.resize(1366, 768)

    def show_conference(self, conference: Conference) -> None:
        """Show the family's plan so far, the questions and the bottom lines."""
        if self._conference is not None and self._conference.id != conference.id:
            # One family's unsaved words must never show in another family's view.
            for editor in (self.new_what, self.new_who, self.new_by_when):
                editor.clear()
            self._show_message("")
        self._conference = conference
        self.setWindowTitle(
            tr("Family view: {family_name}").format(family_name=conference.family_name)
        )
        self.heading.setText(
            tr("Our plan: {family_name}").format(family_name=conference.family_name)
        )
        self.clock.show_conference(conference)
        self._fill(
            self.questions_layout,
            conference.referral.question_list,
            tr("The referrer has not written questions for the family."),
        )
        self._fill(
            self.bottom_lines_layout,
            [line.text for line in conference.bottom_lines],
            tr("There are no bottom lines."),
        )
        plan = conference.plan
        actions = plan.actions if plan is not None else []
        locked = plan is not None and plan.is_agreed
        ids = [action.id for action in actions]
        if ids != self._action_ids:
            self._rebuild(actions)
            self._action_ids = ids
        for action in actions:
            self.cards[action.id].show_action(conference.id, action, locked=locked)
        self.no_actions.setVisible(not actions)
        self.new_box.setVisible(not locked)

    def show_full_screen(self) -> None:
        """Open filling the screen, ready to type the first action."""
        self._leaving = False
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.new_what.setFocus()

    def add_action(self) -> None:
        """Add what was written as a new action in the draft plan."""
        if self._conference is None:
            return
        conference_id = self._conference.id
        what = self.new_what.toPlainText()
        fields = {"who": self.new_who.text(), "by_when": self.new_by_when.text()}

        def call() -> Conference:
            return plan_agreement.add_action(self._store, conference_id, what, **fields)

        try:
            conference = attempt_edit(self, call, self._show_message)
        except StageBlocked as error:
            self._show_message(tr_steps(error.missing))
            return
        if conference is None:
            return
        for editor in (self.new_what, self.new_who, self.new_by_when):
            editor.clear()
        self.saved.emit(conference)
        self.show_conference(conference)
        self.new_what.setFocus()

    def visible_text(self) -> str:
        """Every word on the family view (to check nothing private shows)."""

        def shown(kind: type[QWidget]) -> list:
            return [w for w in self.findChildren(kind) if w.isVisibleTo(self)]

        texts = [label.text() for label in shown(QLabel)]
        texts += [box.title() for box in shown(QGroupBox)]
        texts += [editor.text() for editor in shown(QLineEdit)]
        texts += [editor.toPlainText() for editor in shown(LongTextEdit)]
        return "\n".join(texts)

    def ask_to_leave(self) -> bool:
        """Ask before going back to the coordinator's view; True when the view closed."""
        answer = QMessageBox.question(
            self,
            tr("Back to the coordinator?"),
            tr(
                "Leave the family view and go back to the coordinator's screens?\n\n"
                "Everything the family wrote is kept."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._leave()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the text boxes to the large type once the style sheet applies."""
        super().showEvent(event)
        refit_text_boxes(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Text boxes fit their words again once the new width is laid out."""
        super().resizeEvent(event)
        QTimer.singleShot(0, lambda: refit_text_boxes(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is leaving too: ask first."""
        if self._leaving:
            event.accept()
            return
        event.ignore()
        self.ask_to_leave()

    def _leave(self) -> None:
        for form in self.findChildren(FieldForm):
            form.commit_pending()
        if self.new_what.toPlainText().strip():
            # An action written but not yet added is kept, as the leaving question promises.
            self.add_action()
        self._leaving = True
        self.close()
        self.left.emit()

    def _rebuild(self, actions: list[Action]) -> None:
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        self.cards = {}
        for number, action in enumerate(actions, start=1):
            card = ActionCard(self._store, number, action.id)
            card.saved.connect(self.saved.emit)
            self.actions_layout.addWidget(card)
            card.show()
            self.cards[action.id] = card

    @staticmethod
    def _fill(layout: QVBoxLayout, lines: list[str], empty: str) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not unparented: a parentless widget would become a window
                widget.deleteLater()
        for number, line in enumerate(lines, start=1):
            label = QLabel(f"{number}. {line}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
            label.show()
        if not lines:
            layout.addWidget(QLabel(empty))

    def _show_message(self, text: str) -> None:
        self.add_message.setText(f"⚠ {text}" if text else "")
        self.add_message.setVisible(bool(text))


def refit_text_boxes(widget: QWidget) -> None:
    """Text boxes size themselves by their font when made; the large type comes later."""
    for editor in widget.findChildren(LongTextEdit):
        editor.ensurePolished()
        editor.document().contentsChanged.emit()


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
