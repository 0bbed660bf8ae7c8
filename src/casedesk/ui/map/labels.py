"""Country names on the built-in basemap, written where a country is wide enough on screen to hold its
name, in the interface's language (CLDR's names, see casedesk.basemap.country_names; Qt shapes
Arabic and lays it out right to left)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from casedesk.basemap.country_names import local_name
from casedesk.ui.i18n import current_language
from casedesk.ui.map.markers import halo_text
from casedesk.ui.map.world import BasemapPaths

Z_LABELS = 25.0
NAME_COLOUR = QColor(110, 100, 90)


class CountryLabel(QGraphicsItem):
    def __init__(self, name: str, at: QPointF, width: float) -> None:
        super().__init__()
        self.name = name
        font = QFont()
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self._text, self._halo = halo_text(name, QPointF(0, 0), font)
        box = self._halo.boundingRect()
        shift = QPointF(-box.center().x(), -box.center().y())
        self._text.translate(shift)
        self._halo.translate(shift)
        self.country_width = width  # scene units across the country's largest part
        self.setPos(at)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_LABELS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def needs(self) -> float:
        return self._halo.boundingRect().width()

    def boundingRect(self) -> QRectF:
        return self._halo.boundingRect().adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(self._halo, QColor(255, 255, 255, 150))
        painter.fillPath(self._text, NAME_COLOUR)


class CountryLabels:
    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.labels: list[CountryLabel] = []

    def show(self, paths: BasemapPaths, language: str | None = None) -> None:
        language = language or current_language()
        for country in paths.countries:
            if not country.name:
                continue
            name = local_name(country.iso_numeric, country.name, language)
            label = CountryLabel(name, country.label_at, country.label_room)
            label.setVisible(False)
            self.scene.addItem(label)
            self.labels.append(label)

    def update_view(self, scale: float) -> None:
        """Show a name where its country is at least a little wider on screen than the name itself."""
        for label in self.labels:
            label.setVisible(label.country_width * scale > label.needs() * 1.3)
