"""The language of the interface in Settings: English or Cymraeg, shown from the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.language import Language
from fgc_desktop.ui.interface_language import choose_language, chosen_language

_HINT_STYLE = "color: #555555;"
# Both languages always, the one showing first: whoever reads this can find their own.
_HEADING = {Language.ENGLISH: "Language of the interface", Language.WELSH: "Iaith y rhyngwyneb"}
_AFTER_RESTART = {
    Language.ENGLISH: "The new language shows the next time FGC Desktop is started.",
    Language.WELSH: "Bydd yr iaith newydd i'w gweld y tro nesaf y bydd FGC Desktop yn cychwyn.",
}


def _both(wording: dict[Language, str], first: Language) -> str:
    other = next(language for language in Language if language is not first)
    return f"{wording[first]} / {wording[other]}"


class LanguageSetting(QWidget):
    """A choice of the interface's language, kept for this user as soon as it is changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = chosen_language()
        self.choice = QComboBox()
        self.choice.setObjectName("interface_language")
        for language in Language:
            self.choice.addItem(language.label, language.value)
        self.choice.setCurrentIndex(list(Language).index(self._showing))
        self.choice.setAccessibleName(_both(_HEADING, self._showing))
        self.choice.currentIndexChanged.connect(self._changed)
        label = QLabel(_both(_HEADING, self._showing) + ":")
        label.setBuddy(self.choice)
        self.message = QLabel()
        self.message.setObjectName("interface_language_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_HINT_STYLE)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _changed(self, index: int) -> None:
        language = Language(self.choice.itemData(index))
        choose_language(language)
        # The window is built in code; a restart shows every word in the new language.
        self.message.setText("" if language is self._showing else _both(_AFTER_RESTART, language))
        self.message.setVisible(language is not self._showing)
