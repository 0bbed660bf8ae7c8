"""The case report: a PDF an editor, an NGO or a court can rely on (ReportLab, no Qt)."""

# First: compat checks the ReportLab and python-bidi versions before any report module imports them.
from casedesk.report import compat  # noqa: F401
from casedesk.report.export import export_pdf
from casedesk.report.options import SECTIONS, ReportOptions, ReportResult

__all__ = ["SECTIONS", "ReportOptions", "ReportResult", "export_pdf"]
