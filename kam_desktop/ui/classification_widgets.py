"""Small widgets the classification editor and page share."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class NumberSpin(QDoubleSpinBox):
    """A number box that shows no needless zeros: `40`, `12.5`, `1,000,000` (up to
    `decimals` places when the value has them)."""

    def __init__(self, parent: QWidget | None = None, *, decimals: int = 2,
                 minimum: float = 0.0, maximum: float = 100.0) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(minimum, maximum)
        self.setGroupSeparatorShown(True)

    def textFromValue(self, value: float) -> str:  # Qt override
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text
