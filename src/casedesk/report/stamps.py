"""The report's "Trusted timestamps" subsection: what third parties vouch for, in the covered log.

One line per RFC 3161 timestamp imported within the report's covered entries (the context's reader
is as of the covered entry, so a stamp imported later is not in it), read as the log records it:
each was verified when imported, and the report depends on nothing but its covered history.
``casedesk verify`` checks every token again.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casedesk.proof.casestamps import (
    ACTIONS,
    REQUEST_ACTION,
    SCHEME,
    Stamp,
    gen_time_text,
    stamped_entries,
)
from casedesk.report.blocks import TextBlock
from casedesk.report.context import ReportContext
from casedesk.report.layout import sub_heading

TITLE = "Trusted timestamps"


def stamp_line(stamp: Stamp) -> str:
    return (
        f"Entry {stamp.covered_seq} (hash {stamp.covered_hash[:16]}…, manifest digest "
        f"{stamp.manifest_digest[:16]}…) existed no later than {gen_time_text(stamp.gen_time)} according to "
        f"{stamp.tsa_name} (serial {stamp.serial}; imported in entry {stamp.import_seq})."
    )


def trusted_timestamps(ctx: ReportContext) -> list[Flowable]:
    """The subsection's flowables: a heading, then a line per stamp or one saying there is none."""
    s = ctx.styles
    out: list[Flowable] = sub_heading(s, TITLE)
    entries = ctx.reader.custody_selected(ACTIONS)
    stamps = stamped_entries(entries)
    last = ctx.as_of.seq
    if not stamps:
        out.append(
            TextBlock(f"No trusted timestamp was imported in the covered entries (1 to {last}).", s.body)
        )
    else:
        out.append(
            TextBlock(
                "Each line is an RFC 3161 timestamp token, signed by the timestamp authority named, over "
                f"the SHA-256 of the text “{SCHEME}”, “case”, the case id, “entry”, the entry's number "
                "and hash, “manifest” and the case's manifest digest as of that entry (four lines, each "
                "ending in a newline). The token, its request and the certificate it was checked against "
                "are recorded in full in the import entry of the custody log.",
                s.small,
            )
        )
        out += [TextBlock(stamp_line(stamp), s.body) for stamp in stamps]
    answered = {stamp.request_seq for stamp in stamps}
    waiting = [e.seq for e in entries if e.action == REQUEST_ACTION and e.seq not in answered]
    if waiting:
        numbers = ", ".join(str(seq) for seq in waiting)
        which = f"entry {numbers}" if len(waiting) == 1 else f"entries {numbers}"
        out.append(
            TextBlock(f"Timestamp requests with no answer imported by entry {last}: {which}.", s.small)
        )
    return out
