"""The retention period in Settings: how many years a closed conference is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from fgc_desktop.domain.retention import LEAST_YEARS, MOST_YEARS, YEARS_LABEL
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import retention
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.translation import tr, tr_error

_HINT_STYLE = "color: #555555;"
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class RetentionSetting(QWidget):
    """The service's retention period, kept as soon as it is changed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        intro = QLabel(
            tr(
                "Closed conferences are kept for this long after they close. After that, "
                "File → Retention review lists them, to anonymise (keeping only anonymous "
                "statistics) or delete in one reviewed step. Nothing goes without that review."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(_HINT_STYLE)
        self.years = QSpinBox()
        self.years.setRange(LEAST_YEARS, MOST_YEARS)
        self.years.setSuffix(tr(" years"))
        self.years.setAccessibleName(tr(YEARS_LABEL))
        # Typed numbers are kept when the box is left, not at every keystroke.
        self.years.setKeyboardTracking(False)
        self.years.setValue(retention.retention_years(store))
        self.years.valueChanged.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("retention_years_message")
        self.message.setWordWrap(True)
        label = QLabel(f"{tr(YEARS_LABEL)}:")
        label.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self, years: int) -> bool:
        """Keep the period; a refusal is shown under the box."""
        try:
            kept = retention.set_retention_years(self._store, years)
        except (ValidationError, StoreError) as error:
            self.message.setText(tr("⚠ Not kept: {error}").format(error=tr_error(error)))
            self.message.setStyleSheet(_ERROR_STYLE)
            return False
        self.message.setText(
            tr("Kept: closed conferences are kept for {kept} years.").format(kept=kept)
        )
        self.message.setStyleSheet(_HINT_STYLE)
        return True
