"""The demo case exported as PDF, checked with pypdf, poppler and qpdf."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from casedesk.core.demo import load_demo_data
from casedesk.core.errors import Cancelled, UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.report import SECTIONS, ReportOptions, export_pdf
from casedesk.report.manifest import digest, entries

from .conftest import DemoTemplate, Exported, flat, open_copy, read_pdf

ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")


def test_arabic_post_reads_in_logical_order(demo_report: Exported) -> None:
    post = load_demo_data()["post"]["text"]
    for line in post.splitlines():
        assert flat(line) in demo_report.flat, line


def test_arabic_post_reads_in_logical_order_with_poppler_too(demo_report: Exported) -> None:
    # Poppler rebuilds lines from glyph positions and runs its own bidi pass, marking embeddings:
    # compare the Arabic words in order. Only the right-to-left lines of the post: the first one is
    # the tail of a left-to-right paragraph that wraps, and poppler regroups words across that wrap.
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(demo_report.result.path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = " ".join(ARABIC_WORD.findall(unicodedata.normalize("NFKC", text)))
    for line in load_demo_data()["post"]["text"].splitlines()[1:]:
        assert " ".join(ARABIC_WORD.findall(line)) in words, line


def test_every_claim_sha_and_check_state_is_printed(
    demo_report: Exported, demo: tuple[CaseService, str]
) -> None:
    svc, case_id = demo
    view = svc.case_view(case_id)
    for claim in view.claims:
        assert flat(claim.text) in demo_report.flat
    for ev in view.evidence:
        assert ev.sha256 in demo_report.squeezed
    assert view.custody_head is not None and view.custody_head in demo_report.squeezed
    assert view.checklist_progress.summary() in demo_report.flat  # "2 of 11 passed, 2 failed, ..."
    for check in view.checklist:
        if check.evidence_id is None:
            assert flat(check.title) in demo_report.flat
            if check.note:
                assert flat(check.note) in demo_report.flat
    states = {c.state.replace("_", " ") for c in view.checklist if c.evidence_id is None}
    assert states == {"passed", "failed", "inconclusive", "pending"}
    printed_states = re.findall(r"\b(passed|failed|inconclusive|pending)\b", demo_report.text)
    assert states <= set(printed_states)


def test_cover_carries_the_manifest_digest_version_and_zone(
    demo_report: Exported, demo: tuple[CaseService, str]
) -> None:
    svc, case_id = demo
    view = svc.case_view(case_id)
    # Recompute the digest independently from the documented line format.
    lines = sorted(f"{ev.sha256}  {ev.size}  {ev.original_name}\n" for ev in view.evidence)
    import hashlib

    expected = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    by_sha = sorted(view.evidence, key=lambda ev: ev.sha256)
    assert expected == digest(entries(by_sha, lambda ev: ev.original_name))
    first_page = " ".join(demo_report.reader.pages[0].extract_text().split())
    assert expected in re.sub(r"\s+", "", first_page)
    assert "CaseDesk 0.1.0" in first_page
    assert "America/Los_Angeles" in first_page  # the original zone of "first seen" is kept
    assert "precision: day" in first_page  # the incident is known to the day only
    assert view.id in first_page


def test_pages_are_numbered_x_of_y_and_bookmarked(demo_report: Exported) -> None:
    reader = demo_report.reader
    total = len(reader.pages)
    assert demo_report.result.pages == total
    for number, page in enumerate(reader.pages, start=1):
        assert re.search(rf"Page {number} of\s+{total}\b", page.extract_text()), number
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Cover", "Summary", "Claims"]
    assert "Evidence catalogue" in titles and "Appendix: integrity manifest" in titles
    nested = next(item for item in reader.outline if isinstance(item, list))
    assert [entry.title.split(" · ")[0] for entry in nested][:2] == ["E-001", "E-002"]
    meta = reader.metadata
    assert meta is not None
    assert meta.title == load_demo_data()["title"]
    assert meta.author == "Test Investigator"
    assert "Mali" in (meta.get("/Keywords") or "")


def test_qpdf_check_passes(demo_report: Exported) -> None:
    run = subprocess.run(["qpdf", "--check", str(demo_report.result.path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_font_is_embedded(demo_report: Exported) -> None:
    out = subprocess.run(
        ["pdffonts", str(demo_report.result.path)], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    names = set()
    for row in rows:
        fields = row.split()
        # name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
        assert fields[-5] == "yes", row
        names.add(fields[0].split("+")[-1])
    document = {"NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"}
    assert names == document  # the signature box's text is set in the report's own fonts too


def test_pages_render_without_poppler_complaints_and_nothing_overflows(
    demo_report: Exported, tmp_path: Path
) -> None:
    from PIL import Image

    run = subprocess.run(
        ["pdftoppm", "-r", "36", "-gray", "-png", str(demo_report.result.path), str(tmp_path / "p")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and not run.stderr, run.stderr
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == demo_report.result.pages
    for page in pages:
        with Image.open(page) as opened:
            im = opened.convert("L")
            width, height = im.size
            # Right margin strip (last 15 mm of 18 mm): long hashes and names must have wrapped.
            strip = im.crop((width - int(width * 15 / 210), 0, width, height))
            assert strip.getextrema()[0] > 200, page.name


def test_originals_are_never_embedded_only_thumbnails(
    demo_report: Exported, demo: tuple[CaseService, str]
) -> None:
    svc, case_id = demo
    data = demo_report.result.path.read_bytes()
    for ev in svc.case_view(case_id).evidence:
        original = svc.workspace.store.local_path(ev.sha256).read_bytes()
        assert original[:4096] not in data, ev.original_name
        thumb = svc.derived_path(ev.sha256, "thumb")
        if thumb is not None and thumb.suffix == ".jpg":
            assert thumb.read_bytes() in data, ev.original_name  # JPEG thumbnails go in as they are
    for page in demo_report.reader.pages:
        for image in page.images:
            assert max(image.image.size) <= 1024


def test_every_page_has_the_banner_header_rules_footer_and_its_number(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    """The page furniture is drawn once and written again on every later page: each page still
    shows all of it, with its own number."""
    svc, case_id = demo
    title = svc.case_header(case_id).title
    result = export_pdf(
        svc, case_id, tmp_path / "r.pdf", ReportOptions(classification="CONFIDENTIAL"), sign=False
    )
    pages = PdfReader(result.path).pages
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        text = flat(unicodedata.normalize("NFKC", page.extract_text()))
        assert text.count("CONFIDENTIAL") >= 2, number  # above and below (the cover names it too)
        assert f"Page {number} of {len(pages)}" in text, number
        assert "CaseDesk case report" in text and title[:40] in text, number
        assert f"case {case_id[:8]}" in text, number
        content = page.get_contents()
        assert content is not None and content.get_data().count(b" l S") >= 2, number  # the two rules


def test_every_export_is_byte_identical_for_the_same_entry(
    demo_template: DemoTemplate, tmp_path: Path
) -> None:
    options = ReportOptions(classification="CONFIDENTIAL")
    outputs = []
    for name in ("one", "two"):
        svc = open_copy(demo_template, tmp_path / name)
        try:
            # Unsigned: a signature's own time differs from export to export; the document does not.
            outputs.append(
                export_pdf(svc, demo_template.case_id, tmp_path / f"{name}.pdf", options, sign=False)
            )
            again = export_pdf(
                svc, demo_template.case_id, tmp_path / f"{name}-again.pdf", options, sign=False
            )
            same = export_pdf(
                svc,
                demo_template.case_id,
                tmp_path / f"{name}-same.pdf",
                options,
                as_of=outputs[-1].as_of_seq,
                sign=False,
            )
        finally:
            svc.close()
    assert outputs[0].sha256 == outputs[1].sha256
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    # Exporting is logged, so the next report as of the head differs: it covers that entry too ...
    assert again.as_of_seq == outputs[1].as_of_seq + 1
    assert again.sha256 != outputs[1].sha256
    # ... while one as of the same entry is the same file.
    assert (tmp_path / "two-same.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    assert same.sha256 == outputs[1].sha256


def test_export_is_logged_after_the_file_is_written(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    before = svc.custody_log(case_id)
    result = export_pdf(svc, case_id, tmp_path / "r.pdf", ReportOptions(custody="summary"))
    after = svc.custody_log(case_id)
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert entry.action == "export_pdf"
    assert (
        entry.details["sha256"]
        == result.sha256
        == __import__("hashlib").sha256(result.path.read_bytes()).hexdigest()
    )
    assert entry.details["options"]["custody"] == "summary"
    assert entry.details["as_of"] == {"seq": before[-1].seq, "hash": before[-1].hash}
    assert entry.details["pages"] == result.pages == len(PdfReader(result.path).pages)
    # The report describes the log as it was before its own export: its head is the previous entry.
    assert before[-1].hash in read_pdf(result).squeezed
    assert entry.hash not in read_pdf(result).squeezed
    assert svc.verify(case_id).ok


def test_user_markup_is_printed_literally(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    note = 'Check <b>this</b> & <font name="Nope">that</font> <br/> <unclosed & &amp; x<y>z'
    svc.add_note(case_id, note)
    claim = svc.add_claim(case_id, "A claim with <i>tags</i> & an ampersand").id
    svc.update_claim(claim, notes="Note: <para>literal</para>")
    report = read_pdf(
        export_pdf(svc, case_id, tmp_path / "m.pdf", ReportOptions(sections=frozenset({"summary", "claims"})))
    )
    assert flat(note) in report.flat
    assert "A claim with <i>tags</i> & an ampersand" in report.flat
    assert "Note: <para>literal</para>" in report.flat


def test_long_unbroken_strings_wrap_inside_the_page(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    url = "https://example.org/" + "a1b2c3d4" * 40
    arabic_run = "ب" * 180
    svc.add_note(case_id, f"Archived at {url} and {arabic_run}")
    result = export_pdf(svc, case_id, tmp_path / "w.pdf", ReportOptions(sections=frozenset({"summary"})))
    report = read_pdf(result)
    assert url in report.squeezed
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", "36", "-gray", "-png", str(result.path), str(tmp_path / "p")], check=True
    )
    for page in sorted(tmp_path.glob("p-*.png")):
        with Image.open(page) as opened:
            im = opened.convert("L")
            width, height = im.size
            for left, right in ((width - int(width * 15 / 210), width), (0, int(width * 15 / 210))):
                assert im.crop((left, 0, right, height)).getextrema()[0] > 200, page.name


def test_omitted_graphic_items_keep_only_their_hash(
    demo_report: Exported, demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    graphic = next(ev for ev in svc.case_view(case_id).evidence if ev.graphic)
    assert graphic.description
    assert flat(graphic.description) in demo_report.flat  # the control: normally it is printed
    omitted = read_pdf(export_pdf(svc, case_id, tmp_path / "omit.pdf", ReportOptions(omit_graphic=True)))
    assert flat(graphic.description) not in omitted.flat
    assert "burnt-out" not in omitted.text  # nor through the custody log's record of the edit
    squeezed = omitted.squeezed
    manifest_part = squeezed[squeezed.rindex("Appendix:integritymanifest") :]
    assert graphic.sha256 in manifest_part
    assert "Flagged as graphic content" in omitted.flat
    thumb = svc.derived_path(graphic.sha256, "thumb")
    assert thumb is not None
    assert thumb.read_bytes() in demo_report.result.path.read_bytes()
    assert thumb.read_bytes() not in omitted.result.path.read_bytes()


def test_blur_keeps_text_but_never_the_sharp_picture(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    graphic = next(ev for ev in svc.case_view(case_id).evidence if ev.graphic)
    thumb = svc.derived_path(graphic.sha256, "thumb")
    assert thumb is not None
    result = export_pdf(
        svc, case_id, tmp_path / "blur.pdf", ReportOptions(omit_graphic=True, blur_sensitive=True)
    )
    report = read_pdf(result)
    assert flat(graphic.description) in report.flat
    assert "Blurred: flagged as graphic content" in report.flat
    data = result.path.read_bytes()
    assert thumb.read_bytes() not in data
    others = [ev for ev in svc.case_view(case_id).evidence if not ev.graphic and ev.kind == "still"]
    assert all(svc.derived_path(ev.sha256, "thumb").read_bytes() in data for ev in others)  # type: ignore[union-attr]


def test_personal_data_flag_is_honoured(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    photo = next(ev for ev in svc.case_view(case_id).evidence if ev.gps is not None)
    svc.update_evidence(photo.id, personal_data=True)
    report = read_pdf(export_pdf(svc, case_id, tmp_path / "p.pdf", ReportOptions(omit_personal=True)))
    assert flat(photo.description) not in report.flat
    assert "21.33000° N, 0.95000° E" not in report.flat  # its GPS is personal too
    assert "EXIF GPS 21.33 N" not in report.text  # nor its check note, in the catalogue or the log
    assert photo.sha256 in report.squeezed
    assert "flagged as personal data" in report.flat


def test_sections_option_limits_the_report(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    only = read_pdf(
        export_pdf(svc, case_id, tmp_path / "c.pdf", ReportOptions(sections=frozenset({"claims"})))
    )
    assert [o.title for o in only.reader.outline] == ["Cover", "Claims"]
    assert flat(svc.case_view(case_id).claims[0].text) in only.flat
    for absent in ("How to re-verify", "Entry hash", "Evidence catalogue", "Investigator notes"):
        assert absent not in only.text
    with pytest.raises(UsageError, match="bogus"):
        export_pdf(svc, case_id, tmp_path / "x.pdf", ReportOptions(sections=frozenset({"bogus"})))
    assert not (tmp_path / "x.pdf").exists()


def test_custody_summary_is_shorter_and_keeps_the_head(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    sections = frozenset({"custody"})
    log = svc.custody_log(case_id)
    full = read_pdf(export_pdf(svc, case_id, tmp_path / "f.pdf", ReportOptions(sections=sections)))
    assert all(e.hash in full.squeezed for e in log)
    log = svc.custody_log(case_id)  # now with the first export's entry
    summary = read_pdf(
        export_pdf(svc, case_id, tmp_path / "s.pdf", ReportOptions(sections=sections, custody="summary"))
    )
    assert log[-1].hash in summary.squeezed and log[0].hash in summary.squeezed
    assert log[len(log) // 2].hash not in summary.squeezed
    assert "Entries by action" in summary.text
    assert summary.result.pages < full.result.pages


def test_cancel_leaves_no_file_and_no_log_entry(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    seen: list[tuple[int, int]] = []
    control = TaskControl()

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))
        if done >= 3:
            control.cancel()

    control.progress = progress
    before = len(svc.custody_log(case_id))
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        export_pdf(svc, case_id, out, ReportOptions(), control)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "demo-copy"]  # no temporary file left either
    assert len(svc.custody_log(case_id)) == before
    assert seen and seen[-1][0] < seen[-1][1]


def test_progress_reaches_its_total(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    seen: list[tuple[int, int]] = []
    export_pdf(
        svc, case_id, tmp_path / "r.pdf", ReportOptions(), TaskControl(lambda d, t, m: seen.append((d, t)))
    )
    totals = {t for _, t in seen[1:]}
    assert len(totals) == 1
    total = totals.pop()
    assert total == len(SECTIONS) + len(svc.case_view(case_id).evidence)  # deferred sections + one per item
    assert [d for d, _ in seen[1:]] == [*range(1, total + 1), total]


def test_a_failed_export_keeps_an_existing_file(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous report")
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        export_pdf(svc, case_id, out, ReportOptions(), control)
    assert out.read_bytes() == b"previous report"


def test_a_cell_taller_than_a_page_is_split_not_lost(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Long notes").id
    notes = " ".join(f"note{i} ملاحظة" for i in range(1500))
    svc.add_claim(case_id, "A claim with very long notes", notes=notes)
    result = export_pdf(svc, case_id, tmp_path / "long.pdf", ReportOptions(sections=frozenset({"claims"})))
    report = read_pdf(result)
    assert result.pages >= 4
    words = set(re.findall(r"note\d+", report.text))
    assert words == {f"note{i}" for i in range(1500)}


def test_an_empty_case_still_gets_a_verifiable_report(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Nothing yet").id
    report = read_pdf(export_pdf(svc, case_id, tmp_path / "empty.pdf", ReportOptions()))
    empty_digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # SHA-256 of ""
    assert empty_digest in report.squeezed
    assert "No evidence recorded." in report.text and "No claims recorded." in report.text
