"""The report's "Trusted timestamps" subsection: what third parties vouch for, in the covered log.

One line per RFC 3161 timestamp imported within the report's covered entries (the context's reader
is as of the covered entry, so a stamp imported later is not in it), read as the log records it:
each was verified when imported, and the report depends on nothing but its covered history.
``casedesk verify`` checks every token again.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casedesk.proof.casestamps import ACTIONS, REQUEST_ACTION, SCHEME, gen_time_text
from casedesk.proof.stamp_recheck import Stamp, stamped_entries
from casedesk.report.blocks import TextBlock
from casedesk.report.context import ReportContext
from casedesk.report.i18n import N_, Language, language
from casedesk.report.layout import sub_heading

TITLE = N_("Trusted timestamps")


def stamp_line(stamp: Stamp, lang: Language | None = None) -> str:
    lang = lang or language("en")
    return lang.tr(
        "Entry {0} (hash {1}…, manifest digest {2}…) existed no later than {3} according to {4} "
        "(serial {5}; imported in entry {6})."
    ).format(
        stamp.covered_seq,
        stamp.covered_hash[:16],
        stamp.manifest_digest[:16],
        _gen_time(stamp, lang),
        stamp.tsa_name,
        stamp.serial,
        stamp.import_seq,
    )


def _gen_time(stamp: Stamp, lang: Language) -> str:
    """The token's time as it has it: to the second, with the fraction when the TSA gave one (in
    English, exactly as ``casedesk timestamp list`` prints it)."""
    if lang.code == "en":
        return gen_time_text(stamp.gen_time)
    return lang.when(stamp.gen_time, fraction=True)


def trusted_timestamps(ctx: ReportContext) -> list[Flowable]:
    """The subsection's flowables: a heading, then a line per stamp or one saying there is none."""
    s = ctx.styles
    out: list[Flowable] = sub_heading(s, ctx.tr(TITLE))
    entries = ctx.reader.custody_selected(ACTIONS)
    stamps = stamped_entries(entries)
    last = ctx.as_of.seq
    if not stamps:
        out.append(
            TextBlock(
                ctx.tr("No trusted timestamp was imported in the covered entries (1 to {0}).").format(last),
                s.body,
            )
        )
    else:
        out.append(
            TextBlock(
                ctx.tr(
                    "Each line is an RFC 3161 timestamp token, signed by the timestamp authority named, over "
                    "the SHA-256 of the text “{0}”, “case”, the case id, “entry”, the entry's number "
                    "and hash, “manifest” and the case's manifest digest as of that entry (four lines, each "
                    "ending in a newline). The token, its request and the certificate it was checked against "
                    "are recorded in full in the import entry of the custody log."
                ).format(SCHEME),
                s.small,
            )
        )
        out += [TextBlock(stamp_line(stamp, ctx.lang), s.body) for stamp in stamps]
    answered = {stamp.request_seq for stamp in stamps}
    waiting = [e.seq for e in entries if e.action == REQUEST_ACTION and e.seq not in answered]
    if waiting:
        numbers = ctx.tr(", ").join(str(seq) for seq in waiting)
        which = (
            ctx.tr("entry {0}").format(numbers)
            if len(waiting) == 1
            else ctx.tr("entries {0}").format(numbers)
        )
        out.append(
            TextBlock(
                ctx.tr("Timestamp requests with no answer imported by entry {0}: {1}.").format(last, which),
                s.small,
            )
        )
    return out
