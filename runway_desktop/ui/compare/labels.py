"""Each take's caption (model, seed, what differs, highlighted) and the one line of what is shared."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from runway_desktop.ui.compare.takes import (
    ALWAYS_SHOWN,
    Take,
    differing_parameters,
    shared_parameters,
    value_text,
)
from runway_desktop.ui.i18n.common_words import parameter_label

HIGHLIGHT = "#f5b94a"
MUTED = "#9aa0ab"


def _pair(name: str, value: object, highlighted: bool) -> str:
    text = f"{html.escape(parameter_label(name))} {html.escape(value_text(value))}"
    if highlighted:
        return f'<span style="color:{HIGHLIGHT}; font-weight:600">{text}</span>'
    return f'<span style="color:{MUTED}">{text}</span>'


class TakeLabel(QLabel):
    """`N · model · seed` then the parameters that differ; the differing ones are highlighted."""

    def __init__(self, number: int, take: Take, differing: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"compareLabel{number}")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        params = take.parameters()
        self.highlighted = sorted(differing)
        parts = [f"<b>{number}</b>"]
        parts += [_pair(name, params.get(name), name in differing) for name in ALWAYS_SHOWN]
        others = [name for name in sorted(differing) if name not in ALWAYS_SHOWN]
        parts += [_pair(name, params.get(name), True) for name in others]
        self.setText(" · ".join(parts))
        plain = [f"{parameter_label(n)}: {value_text(params.get(n), 400)}" for n in (*ALWAYS_SHOWN, *others)]
        self.setToolTip(f"{take.name}\n" + "\n".join(dict.fromkeys(plain)))
        name = QCoreApplication.translate("CompareText", "Take {number}: {model}, seed {seed}")
        self.setAccessibleName(name.format(number=QLocale().toString(number), model=take.model,
                                           seed=value_text(params.get("seed"))))


class SharedLabel(QLabel):
    """The parameters every take has in common, once, muted."""

    def __init__(self, takes: list[Take], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareShared")
        self.setProperty("role", "hint")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.shared = shared_parameters(takes)
        items = [f"{parameter_label(k)} {value_text(v, 80)}" for k, v in self.shared.items()]
        none = self.tr("No parameter is shared by every take.")
        self.setText(self.tr("Same in every take: {parameters}").format(parameters=" · ".join(items)) if items
                     else none)
        self.setToolTip("\n".join(f"{parameter_label(k)}: {value_text(v, 400)}"
                                  for k, v in self.shared.items()))


def labels_for(takes: list[Take]) -> list[TakeLabel]:
    differing = differing_parameters(takes)
    return [TakeLabel(number, take, differing) for number, take in enumerate(takes, start=1)]
