"""A web archive added as evidence is unpacked: its media and screenshots become child evidence with
their provenance (the archive's SHA-256, the WARC record's id, URI and date), its pages' text is
searched; a hostile or damaged archive is refused with a reason and nothing taken from it; a cancel
leaves only whole children; unpacking again adds nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from casedesk.core.errors import Cancelled, UsageError
from casedesk.core.service import CaseService
from casedesk.core.service.intake import IntakeAPI
from casedesk.core.tasks import TaskControl
from casedesk.provenance.wacz_media import WaczMediaLimits

from .conftest import corpus_file, manifest_rows, sha256
from .test_wacz_media import independent_payloads
from .wacz_build import Rec, Wacz, png, warc

EXAMPLE = "wacz/example.wacz"
PAGE = "https://example.org/"


def _example() -> Path:
    path = corpus_file(EXAMPLE)
    assert sha256(path) == manifest_rows()[EXAMPLE][3]
    return path


def _items(svc: CaseService, case_id: str) -> dict[str, Any]:
    return {e.id: e for e in svc.case_view(case_id).evidence}


def _actions(svc: CaseService, case_id: str) -> list[str]:
    return [e.action for e in svc.custody_log(case_id)]


def test_the_example_archive_s_images_become_its_children_with_their_provenance(
    svc: CaseService,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    path = _example()
    case_id = svc.create_case("Web archive").id
    results = svc.add_files(case_id, [path])
    archive, children = results[0], results[1:]
    assert archive.status == "added" and archive.sha256 == manifest_rows()[EXAMPLE][3]
    assert len(children) == 7 and {r.status for r in children} == {"added"}
    assert all(r.path.startswith("example.wacz › https://webrecorder.net/") for r in children)
    expected = independent_payloads(path)  # warcio's own reading of each record's payload
    items = _items(svc, case_id)
    for result in children:
        child = items[result.evidence_id or ""]
        origin = child.details["wacz"]
        payload_sha, uri, date, content_type = expected[origin["warc_record_id"]]
        assert child.sha256 == result.sha256 == payload_sha
        assert child.parent is not None and child.parent.evidence_id == archive.evidence_id
        assert child.parent.sha256 == archive.sha256 == origin["wacz_sha256"]
        assert (origin["warc_target_uri"], origin["warc_date"], origin["content_type"]) == (
            uri,
            date,
            content_type,
        )
        assert origin["wacz_verified"] is True and origin["warc_digest"] == "matches"
        assert child.original_path == "" and child.acquired_at is not None
    # Probed and derived like any original: the PNGs are stills with thumbnails.
    stills = [items[r.evidence_id or ""] for r in children if r.kind == "still"]
    assert len(stills) == 6 and all(s.width and s.height for s in stills)
    assert all(svc.derived_path(s.sha256, "thumb") is not None for s in stills)
    # One custody entry per child, as a still taken from footage has.
    entries = [e for e in svc.custody_log(case_id) if e.action == "wacz_extract"]
    assert [e.object_id for e in entries] == [r.evidence_id for r in children]
    first = entries[0].details
    assert first["parent_id"] == archive.evidence_id and first["parent_sha256"] == archive.sha256
    assert (
        first["wacz"]["warc_record_id"]
        == items[children[0].evidence_id or ""].details["wacz"]["warc_record_id"]
    )
    assert svc.verify(case_id).ok
    # case show --json: each child names its parent and says where in the archive it was.
    shown = {i["id"]: i for i in cli("case", "show", case_id, "--json").json()["evidence"]}
    child = shown[children[1].evidence_id]
    assert (
        child["parent"]["evidence_id"] == archive.evidence_id and child["parent"]["sha256"] == archive.sha256
    )
    assert (
        child["details"]["wacz"]["warc_target_uri"] == "https://webrecorder.net/assets/images/btrix-cloud.png"
    )
    assert shown[archive.evidence_id]["provenance"]["wacz"]["verified"] is True
    # The page's text is the archive's, found by search.
    hits = svc.search("archiving for all")
    assert [(h.object_id, h.field) for h in hits] == [(archive.evidence_id, "wacz_pages_text")]


def test_unpacking_again_adds_nothing(svc: CaseService) -> None:
    case_id = svc.create_case("Twice").id
    archive, *children = svc.add_files(case_id, [_example()])
    before = (len(_items(svc, case_id)), _actions(svc, case_id))
    again = svc.extract_wacz_resources(archive.evidence_id or "")
    assert [r.status for r in again] == ["duplicate"] * 7
    assert [r.evidence_id for r in again] == [r.evidence_id for r in children]
    assert all("Already in this case" in r.warnings[0] for r in again)
    readded = svc.add_files(case_id, [_example()])
    assert [r.status for r in readded] == ["duplicate"]  # the archive itself: not unpacked again
    assert (len(_items(svc, case_id)), _actions(svc, case_id)) == before
    assert svc.verify(case_id).ok


def test_reading_an_archive_reports_its_progress_before_its_children_are_taken(svc: CaseService) -> None:
    case_id = svc.create_case("Progress").id
    seen: list[tuple[int, int, str]] = []
    control = TaskControl(progress=lambda done, total, message: seen.append((done, total, str(message))))
    results = svc.add_files(case_id, [_example()], control=control)
    assert len(results) == 8
    reading = [(done, total) for done, total, said in seen if said == "Reading the web archive example.wacz"]
    assert len(reading) > 10 and reading[-1][0] == reading[-1][1] > 0  # through to the end
    said = [message for _, _, message in seen]
    last_reading = max(i for i, message in enumerate(said) if message.startswith("Reading the web archive"))
    taking = [i for i, (_, total, message) in enumerate(seen) if total == 7 and message == "favicon.ico"]
    assert taking and last_reading < taking[0]  # the archive read through before a child is taken


def test_a_cancel_leaves_only_whole_children_and_the_rest_comes_later(svc: CaseService) -> None:
    case_id = svc.create_case("Cancelled").id
    (archive,) = IntakeAPI.add_files(svc, case_id, [_example()])  # added, not unpacked
    assert len(_items(svc, case_id)) == 1
    control = TaskControl()

    def progress(done: int, total: int, _message: object) -> None:
        if done == 2:
            control.cancel()

    control.progress = progress
    with pytest.raises(Cancelled):
        svc.extract_wacz_resources(archive.evidence_id or "", control=control)
    taken = [i for i in _items(svc, case_id).values() if i.parent is not None]
    assert len(taken) == 2  # recorded whole, each in its own unit of work
    assert svc.verify(case_id).ok
    rest = svc.extract_wacz_resources(archive.evidence_id or "")
    assert sorted(r.status for r in rest) == ["added"] * 5 + ["duplicate"] * 2
    assert svc.verify(case_id).ok


def test_a_tampered_archive_is_read_with_its_problem_recorded(svc: CaseService) -> None:
    case_id = svc.create_case("Tampered").id
    (bad,) = svc.add_files(case_id, [corpus_file("wacz/starling-bad-domain-sig.wacz")])
    assert bad.status == "added" and any("signature is invalid" in w for w in bad.warnings)
    assert svc.extract_wacz_resources(bad.evidence_id or "") == []  # pages of HTML only: no media
    assert svc.verify(case_id).ok


def test_a_damaged_warc_is_refused_with_a_reason_and_nothing_taken(svc: CaseService, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.wacz"
    with zipfile.ZipFile(_example()) as old, zipfile.ZipFile(damaged, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "archive/data.warc.gz":
                data = data[:60_000] + bytes(b ^ 0x5A for b in data[60_000:61_000]) + data[61_000:]
            new.writestr(info, data)
    case_id = svc.create_case("Damaged").id
    archive, refused = svc.add_files(case_id, [damaged])
    assert archive.status == "added" and any("differs from its datapackage" in w for w in archive.warnings)
    assert refused.status == "error" and refused.evidence_id == archive.evidence_id
    assert refused.error is not None and "the media in the web archive were not taken" in refused.error
    assert "damaged" in refused.error
    assert len(_items(svc, case_id)) == 1 and _actions(svc, case_id) == ["case_create", "evidence_add"]
    assert [h.field for h in svc.search("archiving")] == []  # the pages' text was not kept either


def test_a_truncated_archive_is_not_unpacked_and_says_why(svc: CaseService, tmp_path: Path) -> None:
    cut = tmp_path / "cut.wacz"
    cut.write_bytes(_example().read_bytes()[:50_000])
    case_id = svc.create_case("Cut").id
    results = svc.add_files(case_id, [cut])
    assert [r.status for r in results] == ["added"]  # a zip no more: not known as a web archive
    with pytest.raises(UsageError, match="not a web archive"):
        svc.extract_wacz_resources(results[0].evidence_id or "")


def _hostile(tmp_path: Path, kind: str) -> Path:
    text = [{"url": PAGE, "title": "Page", "ts": "2025-03-14T10:42:00Z", "text": "Tinzaouatène"}]
    photo = Rec(f"{PAGE}photo.png", png((9, 9, 9)), "image/png")
    if kind == "gzip bomb":  # the WARC's own gzip: the datapackage's hashes all match
        bomb = Rec(f"{PAGE}big.png", b"\0" * (32 << 20), "image/png")
        return Wacz(warcs={"data.warc.gz": warc([photo, bomb])}, pages=text).write(tmp_path / "b.wacz")
    if kind == "zip bomb":
        plain = warc([photo, Rec(f"{PAGE}big.png", b"\0" * (32 << 20), "image/png")], compress=False)
        wacz = Wacz(warcs={"data.warc": plain}, pages=text, compression=zipfile.ZIP_DEFLATED)
        return wacz.write(tmp_path / "z.wacz")
    if kind == "lying size":
        data = warc([photo], compress=False)
        record = data[data.index(b"WARC-Type: response") :]
        stated = int(record[record.index(b"Content-Length: ") + 16 :].split(b"\r\n")[0])
        data = data.replace(
            f"Content-Length: {stated}\r\n".encode(), f"Content-Length: {stated - 30}\r\n".encode()
        )
        return Wacz(warcs={"data.warc": data}, pages=text).write(tmp_path / "l.wacz")
    assert kind == "path trick"
    wacz = Wacz(warcs={"data.warc.gz": warc([photo])}, pages=text, extra={"../../evil.png": b"x"})
    return wacz.write(tmp_path / "p.wacz")


@pytest.mark.parametrize("kind", ["gzip bomb", "zip bomb", "lying size", "path trick"])
def test_a_hostile_archive_is_refused_with_nothing_stored(
    svc: CaseService, tmp_path: Path, kind: str
) -> None:
    case_id = svc.create_case(kind).id
    results = svc.add_files(case_id, [_hostile(tmp_path, kind)])
    archive = results[0]
    assert archive.status == "added" and archive.evidence_id is not None  # the evidence itself is kept
    assert len(_items(svc, case_id)) == 1 and _actions(svc, case_id) == ["case_create", "evidence_add"]
    assert svc.search("tinzaouatene") == []  # not even the pages' text
    refused = svc.extract_wacz_resources(archive.evidence_id)
    assert len(refused) == 1 and refused[0].status == "error" and refused[0].error
    if kind in ("gzip bomb", "lying size"):  # the ZIP checks out: only reading the WARC finds it
        assert results[1:] == refused
    else:  # found by the archive's check at ingest (its warning says so): not unpacked
        assert results[1:] == [] and archive.warnings
    words = {"gzip bomb": "zip bomb", "zip bomb": "zip bomb", "lying size": "length", "path trick": "climbs"}
    assert words[kind] in (refused[0].error or "")
    assert len(_items(svc, case_id)) == 1 and _actions(svc, case_id) == ["case_create", "evidence_add"]
    assert svc.verify(case_id).ok


def test_what_is_over_the_limits_is_said_and_not_taken(svc: CaseService) -> None:
    svc.wacz_media_limits = WaczMediaLimits(max_children=3)
    case_id = svc.create_case("Limits").id
    archive, *rest = svc.add_files(case_id, [_example()])
    assert [r.status for r in rest] == ["added"] * 3 + ["error"]
    said = rest[-1]
    assert said.evidence_id == archive.evidence_id and said.error is not None
    assert "4 media files in the web archive were not taken" in said.error and "at most 3 files" in said.error


def test_a_page_s_text_finds_its_archive_whatever_the_accents(svc: CaseService, tmp_path: Path) -> None:
    pages = [
        {
            "url": PAGE,
            "title": "Bordj Badji Mokhtar",
            "ts": "2025-03-14T10:42:00Z",
            "text": "Frappe près de Tinzaouatène",
        },
        {"url": f"{PAGE}ar", "title": "خبر", "ts": "2025-03-14T10:43:00Z", "text": "قصف قرب تينزاواتين"},
    ]
    path = Wacz(warcs={"data.warc.gz": warc([Rec(f"{PAGE}p.png", png((1, 1, 1)), "image/png")])}, pages=pages)
    case_id = svc.create_case("Search").id
    archive = svc.add_files(case_id, [path.write(tmp_path / "pages.wacz")])[0]
    for query in ("tinzaouatene", "Tinzaouatène", "TINZAOUAT", "تينزاواتين", "تِينْزَاوَاتِين", "pres"):
        hits = [h for h in svc.search(query) if h.field == "wacz_pages_text"]
        assert [(h.object_type, h.object_id) for h in hits] == [("evidence", archive.evidence_id)], query
    (entry,) = [e for e in svc.custody_log(case_id) if e.action == "wacz_pages_read"]
    assert entry.object_id == archive.evidence_id and entry.details["pages"] == 2
    assert entry.details["sha256"] == archive.sha256
    svc.extract_wacz_resources(archive.evidence_id or "")  # the same text again: nothing logged
    assert [e.action for e in svc.custody_log(case_id)].count("wacz_pages_read") == 1


def test_only_web_archives_are_unpacked(svc: CaseService) -> None:
    case_id = svc.create_case("Photo").id
    (photo,) = svc.add_files(case_id, [corpus_file("c2pa/adobe-20220124-A.jpg")])
    with pytest.raises(UsageError, match="not a web archive"):
        svc.extract_wacz_resources(photo.evidence_id or "")


def test_the_command_line_takes_an_archive_s_media(cli: Any) -> None:
    case_id = cli("case", "new", "Archived posts").out.strip()
    added = cli("add", case_id, str(_example()), "--json")
    assert added.code == 0, added.err
    archive, *children = added.json()
    assert len(children) == 7 and all(c["status"] == "added" for c in children)
    again = cli("wacz", case_id, archive["evidence_id"][:8], "--json")
    assert again.code == 0 and [r["status"] for r in again.json()] == ["duplicate"] * 7
    text = cli("wacz", case_id, archive["evidence_id"][:8])
    assert text.code == 0 and text.out.count("duplicate") == 7
    not_an_archive = cli("wacz", case_id, children[0]["evidence_id"][:8])
    assert not_an_archive.code == 2 and "not a web archive" in not_an_archive.err
