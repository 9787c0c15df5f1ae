"""The plan's actions: what will happen, who does it, by when, with what support."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import ACTION_FIELDS
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.plan import Action
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.action_people_dialog import ActionPeopleDialog
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.record_list import RecordListPanel
from fgc_desktop.ui.translation import tr, tr_noop

_COLUMNS = (
    (tr_noop("What"), lambda action: action.what),
    (tr_noop("Who"), lambda action: action.who),
    (tr_noop("By when"), lambda action: format_date(action.by_when)),
    (tr_noop("Support"), lambda action: action.support),
    (tr_noop("How we will know"), lambda action: action.how_we_know),
)


class ActionsPanel(RecordListPanel):
    """The family's actions, each edited in full in the box under the table."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store, _COLUMNS, noun=tr("action"), title=tr("Actions in the plan"), parent=parent
        )
        self.form = self.details_form(
            FieldForm(ACTION_FIELDS.values(), self._save_field, name_prefix=tr("Action: "))
        )
        self.people_button = QPushButton(tr("Choose people…"))
        self.people_button.setAccessibleName(tr("Choose who does this action from the network"))
        self.people_button.clicked.connect(self.choose_people)
        self._beside_who(self.people_button)
        self.finish_details()
        self.new_what = QLineEdit()
        self.new_what.setObjectName("new_action_what")
        self.new_what.setAccessibleName(tr("What the new action is"))
        self.new_what.setPlaceholderText(tr("What needs to happen, in the family's words"))
        label = QLabel(tr("What:"))
        label.setBuddy(self.new_what)
        self.add_button = QPushButton(tr("Add action"))
        self.add_button.clicked.connect(self._add)
        self.new_what.returnPressed.connect(self._add)
        self.add_layout.addWidget(label)
        self.add_layout.addWidget(self.new_what, 1)
        self.add_layout.addWidget(self.add_button)

    def _beside_who(self, button: QPushButton) -> None:
        # The button belongs next to the field it fills, not at the end of the form.
        who = self.form.editor("who")
        column = who.parentWidget().layout()
        row = QHBoxLayout()
        column.insertLayout(column.indexOf(who), row)
        row.addWidget(who, 1)
        row.addWidget(button)

    def records_of(self, conference: Conference) -> Sequence[Action]:
        """The actions of the latest plan version."""
        plan = conference.plan
        return plan.actions if plan is not None else []

    def show_details(self, record: Action | None, *, fresh: bool) -> None:
        """Show the selected action in full."""
        if fresh:
            self.form.reset()
        if record is None:
            self.form.set_values(dict.fromkeys(ACTION_FIELDS, ""))
            return
        self.form.set_values(
            {
                "what": record.what,
                "who": record.who,
                "by_when": format_date(record.by_when),
                "support": record.support,
                "how_we_know": record.how_we_know,
            }
        )

    def set_read_only(self, read_only: bool) -> None:
        """Lock the actions of an agreed plan."""
        super().set_read_only(read_only)
        self.form.set_read_only(read_only)
        self.people_button.setEnabled(not read_only)

    def choose_people(self) -> None:
        """Pick one or more people from the network (and a service) for the selected action."""
        conference = self.conference
        if conference is None or self.selected_id() is None:
            return
        people = [p for p in conference.people if p.role is not Role.CHILD]
        editor = self.form.editor("who")
        dialog = ActionPeopleDialog(people, editor.text(), self)
        try:
            if dialog.exec() != ActionPeopleDialog.DialogCode.Accepted:
                return
            editor.setText(dialog.who())
        finally:
            dialog.deleteLater()
        self.form.commit_pending()

    def remove_record(self, record: Action) -> Conference:
        """Take the action out of the draft plan."""
        assert self.conference is not None
        return plan_agreement.remove_action(self.store, self.conference.id, record.id)

    def _save_field(self, key: str, text: str) -> Conference:
        action_id, conference = self.selected_id(), self.conference
        assert action_id is not None and conference is not None
        return plan_agreement.edit_action(self.store, conference.id, action_id, key, text)

    def _add(self) -> None:
        conference = self.conference
        if conference is None:
            return
        before = {action.id for action in self.records_of(conference)}
        result = self.call_service(
            lambda: plan_agreement.add_action(self.store, conference.id, self.new_what.text())
        )
        if result is not None:
            self.new_what.clear()
            added = [a.id for a in self.records_of(result) if a.id not in before]
            if added:
                self.select_id(added[0])
                self.form.editor("who").setFocus()
