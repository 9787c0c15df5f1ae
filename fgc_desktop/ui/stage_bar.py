"""Where the conference is in its journey, what is missing to move on, and the move buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.progress import StageBlocked, readiness
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import stages
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.reason_dialog import ask_reason
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_steps, tr_words

_CURRENT = (
    "font-weight: bold; background: #1f4e8c; color: white; border-radius: 10px; padding: 2px 7px;"
)
_DONE = "color: #2d5d2d; padding: 2px 3px;"
_LATER = "color: #555555; padding: 2px 3px;"
_BLOCKED = "color: #a4000f; font-weight: bold;"


class StageBar(QWidget):
    """All stages with the current one marked, the checklist, and Move on / Go back."""

    moved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self.stage_labels = {stage: QLabel() for stage in Stage}
        self.heading = QLabel()
        self.heading.setObjectName("stage_heading")
        self.checklist = QLabel()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blocked = QLabel()
        self.blocked.setObjectName("blocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet(_BLOCKED)
        self.blocked.hide()
        self.move_on_button = QPushButton()
        self.move_on_button.setObjectName("move_on")
        self.move_on_button.clicked.connect(self.move_on)
        self.go_back_button = QPushButton(tr("Go back…"))
        self.go_back_button.setObjectName("go_back")
        self.go_back_button.setAccessibleName(tr("Go back a stage"))
        self.go_back_button.clicked.connect(self.go_back)
        self._lay_out()

    def _lay_out(self) -> None:
        stages_row = QHBoxLayout()
        stages_row.setSpacing(1)
        for stage, label in self.stage_labels.items():
            label.setAccessibleName(tr(stage.label))
            label.setWordWrap(True)  # at a large font the stages take two lines, never cut off
            stages_row.addWidget(label)
            if stage.next() is not None:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #888888;")
                stages_row.addWidget(arrow)
        stages_row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.move_on_button)
        buttons.addWidget(self.go_back_button)
        buttons.addStretch(1)
        checks = QVBoxLayout()
        checks.addWidget(self.heading)
        checks.addWidget(self._checklist_area())
        checks.addWidget(self.blocked)
        lower = QHBoxLayout()
        lower.addLayout(checks, 1)
        lower.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(stages_row)
        layout.addLayout(lower)

    def _checklist_area(self) -> QScrollArea:
        # Preparation can list many steps; past seven lines they scroll, so the page below keeps
        # its room. The full list is also given when a move is refused.
        area = QScrollArea()
        area.setObjectName("checklist_area")
        area.setAccessibleName(tr("Still to do before moving on"))
        area.setWidget(self.checklist)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist_area = area
        return area

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the conference's stage and what it still needs."""
        self._conference = conference
        current = conference.stage
        for stage, label in self.stage_labels.items():
            if stage is current:
                label.setText(f"▶ {tr(stage.label)}")
                label.setStyleSheet(_CURRENT)
                label.setAccessibleDescription(tr("current stage"))
            elif stage.position < current.position:
                label.setText(f"✓ {tr(stage.label)}")
                label.setStyleSheet(_DONE)
                label.setAccessibleDescription(tr("done"))
            else:
                label.setText(tr(stage.label))
                label.setStyleSheet(_LATER)
                label.setAccessibleDescription(tr("to come"))
        self._show_checklist(conference)
        if fresh:
            self._show_blocked(())

    def _show_checklist(self, conference: Conference) -> None:
        check = readiness(conference)
        target = check.target
        self.move_on_button.setVisible(target is not None)
        self.go_back_button.setEnabled(conference.stage.previous() is not None)
        if target is None:
            self.heading.setText(tr("<b>This conference is closed.</b>"))
            self.checklist.setText("")
            return
        verb = (
            tr("Close the conference")
            if target is Stage.CLOSED
            else tr("Move on to {stage}").format(stage=tr(target.label))
        )
        self.move_on_button.setText(tr("{verb}  (Ctrl+Enter)").format(verb=verb))
        self.move_on_button.setAccessibleName(verb)
        if check.ready:
            self.heading.setText(
                tr("<b>✓ Ready to move on to {label}.</b>").format(label=tr(target.label))
            )
            self.checklist.setText("")
        else:
            self.heading.setText(
                tr("<b>Still to do before {label}:</b>").format(label=tr(target.label))
            )
            # A left-to-right mark keeps each line's tick box on the left, even when the step
            # starts with a name in Arabic or Urdu.
            self.checklist.setText("\n".join(f"\u200e☐ {tr_words(step)}" for step in check.missing))
        self.checklist_area.setVisible(bool(self.checklist.text()))
        self.checklist_area.setAccessibleDescription(self.checklist.text().replace("\u200e", ""))
        self._fit_checklist()

    def _fit_checklist(self) -> None:
        # As tall as the list at the width it has, up to the cap; beyond it the list scrolls.
        cap = self.fontMetrics().lineSpacing() * 7
        width = self.checklist_area.viewport().width()
        needed = (
            self.checklist.heightForWidth(width)
            if width > 50
            else self.checklist.sizeHint().height()
        )
        self.checklist_area.setFixedHeight(min(cap, needed + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Long steps wrap differently at another width, so the list is measured again."""
        super().resizeEvent(event)
        self._fit_checklist()

    def _show_blocked(self, missing: tuple[str, ...], target: Stage | None = None) -> None:
        if not missing:
            self.blocked.hide()
            self.blocked.setText("")
            return
        where = tr(target.label) if target is not None else tr("the next stage")
        self.blocked.setText(
            tr("Cannot move on to {where} yet. First: ").format(where=where)
            + tr_steps(missing, "; ")
        )
        self.blocked.show()

    def move_on(self) -> None:
        """Move to the next stage, or say in plain words what is still missing."""
        conference = self._conference
        if conference is None:
            return
        target = conference.stage.next()
        if target is None:
            return
        reason = ""
        if target is Stage.CLOSED:
            reason = ask_reason(
                self,
                tr("Close the conference"),
                tr(
                    "Why is this conference closing? (For example: the review found the plan "
                    "is working and no more conferences are needed.)"
                ),
                tr("Close the conference"),
            )
            if reason is None:
                return
        self._move(lambda: stages.move_on(self._store, conference.id, reason), target)

    def go_back(self) -> None:
        """Return to the previous stage after asking why."""
        conference = self._conference
        if conference is None or conference.stage.previous() is None:
            return
        target = conference.stage.previous()
        assert target is not None
        reason = ask_reason(
            self,
            tr("Go back a stage"),
            tr(
                "Why is this conference going back to {label}? The reason is kept with the "
                "conference's history."
            ).format(label=tr(target.label)),
            tr("Go back to {label}").format(label=tr(target.label)),
        )
        if reason is None:
            return
        self._move(lambda: stages.go_back(self._store, conference.id, reason), target)

    def _move(self, call: Callable[[], Conference], target: Stage) -> None:
        try:
            conference = call()
        except StageBlocked as error:
            self._show_blocked(error.missing, target)
            return
        except StoreError as error:
            show_store_problem(self.window(), error)
            return
        self._show_blocked(())
        self.moved.emit(conference)
