"""Bottom lines: what the local authority cannot accept, with the referrer's reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import BOTTOM_LINE_FIELDS
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui import conference_fields
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.record_list import RecordListPanel
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr, tr_noop

_COLUMNS = (
    (tr_noop("Bottom line"), lambda line: line.text),
    (tr_noop("Why"), lambda line: line.reason),
)


class BottomLinesPanel(RecordListPanel):
    """The non-negotiables the family plan must meet."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store, _COLUMNS, noun=tr("bottom line"), title=tr("Bottom lines"), parent=parent
        )
        self.form = self.details_form(
            FieldForm(BOTTOM_LINE_FIELDS.values(), self._save_field, name_prefix=tr("Selected: "))
        )
        self.finish_details()
        self.new_text = QLineEdit()
        self.new_text.setObjectName("new_bottom_line")
        self.new_text.setAccessibleName(tr("New bottom line"))
        self.new_text.setPlaceholderText(tr("e.g. The children cannot live with …"))
        label = QLabel(tr("Bottom line:"))
        label.setBuddy(self.new_text)
        self.add_button = QPushButton(tr("Add bottom line"))
        self.add_button.clicked.connect(self._add)
        self.new_text.returnPressed.connect(self._add)
        self.add_layout.addWidget(label)
        self.add_layout.addWidget(self.new_text, 1)
        self.add_layout.addWidget(self.add_button)
        # The referrer's agreement covers the bottom lines as a whole, so it sits under the list.
        self.agreed = FieldForm(
            conference_fields.specs(conference_fields.BOTTOM_LINES_AGREED_KEYS),
            conference_fields.saver(store, self._conference_id),
        )
        self.agreed.saved.connect(self.saved.emit)
        agreed_note = QLabel(
            tr(
                "Go through the bottom lines with the referrer before the conference, so the "
                "family hear the same ones on the day."
            )
        )
        agreed_note.setWordWrap(True)
        self.layout().addWidget(section(tr("Agreed with the referrer"), agreed_note, self.agreed))

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the bottom lines and when the referrer agreed them."""
        super().show_conference(conference, fresh=fresh)
        if fresh:
            self.agreed.reset()
        self.agreed.set_values(conference_fields.field_values(conference))

    def _conference_id(self) -> str:
        assert self.conference is not None
        return self.conference.id

    def records_of(self, conference: Conference) -> Sequence[BottomLine]:
        """The conference's bottom lines."""
        return conference.bottom_lines

    def show_details(self, record: BottomLine | None, *, fresh: bool) -> None:
        """Show the selected bottom line and its reason."""
        if fresh:
            self.form.reset()
        values = {"text": record.text, "reason": record.reason} if record else {}
        self.form.set_values(values or dict.fromkeys(BOTTOM_LINE_FIELDS, ""))

    def remove_record(self, record: BottomLine) -> Conference:
        """Take the bottom line out."""
        assert self.conference is not None
        return network.remove_bottom_line(self.store, self.conference.id, record.id)

    def _save_field(self, key: str, text: str) -> Conference:
        line_id, conference = self.selected_id(), self.conference
        assert line_id is not None and conference is not None
        return network.edit_bottom_line(self.store, conference.id, line_id, key, text)

    def _add(self) -> None:
        conference = self.conference
        if conference is None:
            return
        before = {line.id for line in conference.bottom_lines}
        result = self.call_service(
            lambda: network.add_bottom_line(self.store, conference.id, self.new_text.text())
        )
        if result is not None:
            self.new_text.clear()
            added = [line.id for line in result.bottom_lines if line.id not in before]
            if added:
                self.select_id(added[0])
                self.form.editor("reason").setFocus()
