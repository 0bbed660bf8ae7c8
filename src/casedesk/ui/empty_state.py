"""What the right side shows when there is no case to show: a way to start, and the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casedesk.ui.icons import app_icon


class EmptyState(QWidget):
    newCase = Signal()
    openDemo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(520)  # a fixed width lets the wrapped text get its full height
        self.new_button = QPushButton(self.tr("New case…"))
        self.demo_button = QPushButton(self.tr("Open the demo case"))
        self.demo_button.setObjectName("demoButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.new_button.clicked.connect(self.newCase)
        self.demo_button.clicked.connect(self.openDemo)

    def set_first_start(self, no_cases: bool) -> None:
        """No cases at all: welcome and offer the demo. Otherwise: ask to pick a case."""
        if no_cases:
            self.title.setText(self.tr("Welcome to CaseDesk"))
            self.text.setText(
                self.tr(
                    "Start a case and drop files on the window to add them as evidence: each is hashed, "
                    "stored unchanged and written to the custody log. Or open the demo case, an alleged "
                    "drone strike near the Mali–Algeria border, to see claims, a checklist and a timeline "
                    "at work."
                )
            )
        else:
            self.title.setText(self.tr("No case selected"))
            self.text.setText(self.tr("Choose a case on the left, or start a new one."))
        self.demo_button.setVisible(no_cases)
        # A centred wrapped label is laid out at its one-line height unless told what it needs.
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))
