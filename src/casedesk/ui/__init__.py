"""CaseDesk's desktop interface (PySide6). Everything here calls the core CaseService; no logic lives here."""
