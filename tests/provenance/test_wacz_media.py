"""The media, screenshots and page text inside web archives, read from their WARC records: the corpus's
four WACZ files (payloads compared with what warcio reads of them directly), archives made here with
every kind of record a crawler writes, and hostile ones (bombs at every layer, path tricks, lying
lengths, headers without an end, damage)."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from casedesk.provenance.wacz import WaczLimits
from casedesk.provenance.wacz_media import (
    WaczMediaLimits,
    WaczSurvey,
    media_streams,
    survey_wacz,
)

from .conftest import corpus_file, manifest_rows, sha256
from .wacz_build import Rec, Wacz, gzip_member, png, warc

EXAMPLE = "wacz/example.wacz"
OTHERS = (
    "wacz/starling-good-domain-sig.wacz",
    "wacz/starling-bad-domain-sig.wacz",
    "wacz/valid_example_2.wacz",
)
PAGE = "https://example.org/"


def independent_payloads(path: Path) -> dict[str, tuple[str, str, str, str]]:
    """Straight from warcio (its own gzip handling, no limits): each HTTP 200 image, video, audio or
    PDF response and each such resource, by record id: (SHA-256 of the payload, URI, date, type)."""
    found = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.startswith("archive/"):
                continue
            with z.open(name) as handle:
                for record in ArchiveIterator(handle):
                    if record.rec_type == "response":
                        if record.http_headers.get_statuscode() != "200":
                            continue
                        declared = record.http_headers.get_header("Content-Type")
                    elif record.rec_type == "resource":
                        declared = record.rec_headers.get_header("Content-Type")
                    else:
                        continue
                    content_type = (declared or "").split(";")[0].strip().lower()
                    if not content_type.startswith(("image/", "video/", "audio/", "application/pdf")):
                        continue
                    headers = record.rec_headers
                    found[headers.get_header("WARC-Record-ID")] = (
                        hashlib.sha256(record.content_stream().read()).hexdigest(),
                        headers.get_header("WARC-Target-URI"),
                        headers.get_header("WARC-Date"),
                        content_type,
                    )
    return found


def _corpus(relative: str) -> Path:
    path = corpus_file(relative)
    assert sha256(path) == manifest_rows()[relative][3]
    return path


def test_the_example_archive_yields_its_images_as_warcio_reads_them() -> None:
    path = _corpus(EXAMPLE)
    survey = survey_wacz(path)
    assert survey.error is None and survey.records == 29 and survey.skipped.total == 0
    expected = independent_payloads(path)
    assert len(expected) == 7 and len(survey.media) == 7
    for media in survey.media:
        assert media.record_id is not None
        assert (media.sha256, media.target_uri, media.warc_date, media.content_type) == expected[
            media.record_id
        ]
        assert media.digest == "matches" and media.warc == "archive/data.warc.gz"
    names = [m.name for m in survey.media]
    assert names[:2] == ["favicon.ico", "btrix-cloud.png"] and names[-1] == "wr-logo.svg"
    # Each payload streams again, as surveyed.
    for media, stream in media_streams(path, survey.media):
        digest = hashlib.sha256()
        while chunk := stream.read(1 << 16):
            digest.update(chunk)
        assert digest.hexdigest() == media.sha256
    text, segments = survey.page_text()
    assert "Web archiving for all!" in text and segments[0]["url"] == "https://webrecorder.net/"
    assert text.startswith("Webrecorder\nhttps://webrecorder.net/\n") and segments[0]["end"] == len(text)


def test_the_survey_says_how_far_through_the_warc_files_it_is() -> None:
    path = _corpus(EXAMPLE)
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("archive/data.warc.gz").file_size
    seen: list[tuple[int, int]] = []
    survey = survey_wacz(path, progress=lambda done, total: seen.append((done, total)))
    assert survey.error is None
    assert len(seen) == survey.records + 1  # before each record, and once at the end
    assert {total for _, total in seen} == {size}
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and dones[0] < size and dones[-1] == size


@pytest.mark.parametrize("relative", OTHERS)
def test_archives_of_html_pages_hold_no_media(relative: str) -> None:
    survey = survey_wacz(_corpus(relative))
    assert survey.error is None and survey.media == () and survey.records == 4
    assert independent_payloads(corpus_file(relative)) == {}


def _rich(tmp_path: Path) -> Path:
    photo, other = png((200, 30, 30)), png((30, 200, 30))
    records = [
        Rec(f"{PAGE}photo.png", photo, "image/png"),
        Rec(f"{PAGE}again.png", photo, "image/png; charset=binary"),  # the same payload twice
        Rec(f"{PAGE}gone.png", other, "image/png", status="404 Not Found"),
        Rec(f"{PAGE}index.html", b"<html>hello</html>", "text/html"),
        Rec(f"{PAGE}report", b"%PDF-1.4\n%fake\n", "application/pdf"),
        Rec(f"{PAGE}clip.mp4", b"\0\0\0\x18ftypmp42" + b"x" * 100, "video/mp4"),
        Rec(f"{PAGE}voice%20note.mp3", b"ID3" + b"y" * 100, "audio/mpeg"),
        Rec(f"urn:view:{PAGE}", other, "image/png", record_type="resource"),
        Rec(f"urn:pageinfo:{PAGE}", b'{"urls": {}}', "application/json", record_type="resource"),
        Rec(f"urn:text:{PAGE}b", "Bonjour de Tinzaouatène".encode(), "text/plain", record_type="resource"),
    ]
    pages = [
        {"url": PAGE, "title": "Example", "ts": "2025-03-14T10:42:00Z", "text": "Première page"},
        {"url": f"{PAGE}b", "title": "B", "ts": "2025-03-14T10:43:00Z"},
    ]
    return Wacz(warcs={"data.warc.gz": warc(records)}, pages=pages).write(tmp_path / "rich.wacz")


def test_every_kind_of_media_and_the_screenshots_are_chosen_each_payload_once(tmp_path: Path) -> None:
    path = _rich(tmp_path)
    survey = survey_wacz(path)
    assert survey.error is None, survey.error
    chosen = {m.target_uri: m for m in survey.media}
    assert list(chosen) == [
        f"{PAGE}photo.png",
        f"{PAGE}report",
        f"{PAGE}clip.mp4",
        f"{PAGE}voice%20note.mp3",
        f"urn:view:{PAGE}",
    ]
    independent = independent_payloads(path)
    assert len(independent) == 6  # the photo twice: taken once, from its first record
    assert all(independent[m.record_id or ""][0] == m.sha256 for m in survey.media)
    assert {m.sha256 for m in survey.media} == {v[0] for v in independent.values()}
    assert [m.name for m in survey.media] == [
        "photo.png",
        "report.pdf",
        "clip.mp4",
        "voice note.mp3",
        "screenshot view example.org.png",
    ]
    shot = chosen[f"urn:view:{PAGE}"]
    assert shot.screenshot == "view" and shot.record_type == "resource" and shot.digest == "matches"
    said = shot.provenance("ab" * 32, True)
    assert said["warc_record_id"] == shot.record_id and said["warc_target_uri"] == f"urn:view:{PAGE}"
    assert said["warc_date"] == "2025-03-14T10:42:00Z" and said["content_type"] == "image/png"
    assert said["wacz_sha256"] == "ab" * 32 and said["screenshot"] == "view"
    text, segments = survey.page_text()
    assert [s["url"] for s in segments] == [PAGE, f"{PAGE}b"]  # the second page's text from its record
    assert "Première page" in text and text.endswith("Bonjour de Tinzaouatène")


def test_untyped_payloads_are_taken_when_their_bytes_are_media(tmp_path: Path) -> None:
    """Servers send videos and pictures as application/octet-stream, or with no type at all: what
    the first bytes are decides; a script or data sent so is not taken."""
    photo = png((200, 40, 40))
    records = [
        Rec(
            f"{PAGE}video",
            b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64),
            "application/octet-stream",
        ),
        Rec(f"{PAGE}pic", photo, ""),
        Rec(f"{PAGE}app.js", b"console.log('not media');", "application/octet-stream"),
        Rec(f"{PAGE}data.bin", bytes(range(256)) * 4, "binary/octet-stream"),
    ]
    path = Wacz(warcs={"data.warc.gz": warc(records)}).write(tmp_path / "untyped.wacz")
    survey = survey_wacz(path)
    assert survey.error is None, survey.error
    taken = {m.target_uri: m for m in survey.media}
    assert list(taken) == [f"{PAGE}video", f"{PAGE}pic"]
    video, pic = taken[f"{PAGE}video"], taken[f"{PAGE}pic"]
    assert (video.content_type, video.sniffed_type) == ("application/octet-stream", "video/mp4")
    assert (pic.content_type, pic.sniffed_type) == ("", "image/png")
    assert (video.name, pic.name) == ("video.mp4", "pic.png")  # named for what they are
    said = pic.provenance("ab" * 32, True)
    assert said["content_type"] == "" and said["sniffed_type"] == "image/png"
    assert pic.sha256 == hashlib.sha256(photo).hexdigest()


def test_what_is_over_the_limits_is_skipped_and_counted(tmp_path: Path) -> None:
    path = _rich(tmp_path)
    few = survey_wacz(path, media_limits=WaczMediaLimits(max_children=2))
    assert len(few.media) == 2 and few.skipped.over_limits == 3 and few.skipped.too_large == 0
    small = survey_wacz(path, media_limits=WaczMediaLimits(max_child_bytes=120))  # the PNGs are larger
    assert [m.name for m in small.media] == ["report.pdf", "clip.mp4", "voice note.mp3"]
    assert small.skipped.too_large == 3  # counted by record: the photo twice, the screenshot
    total = survey_wacz(path, media_limits=WaczMediaLimits(max_children_bytes=400))
    assert total.skipped.over_limits >= 1 and sum(m.size for m in total.media) <= 400
    text = survey_wacz(path, media_limits=WaczMediaLimits(max_text_chars=5))
    assert text.text_truncated and [p.text for p in text.pages] == ["Premi"]


def test_an_altered_payload_is_taken_with_its_digest_said_to_differ(tmp_path: Path) -> None:
    photo = png((10, 20, 30))
    data = bytearray(warc([Rec(f"{PAGE}photo.png", photo, "image/png")], compress=False))
    at = data.find(photo) + len(photo) // 2
    data[at] ^= 0xFF
    path = Wacz(warcs={"data.warc": bytes(data)}).write(tmp_path / "altered.wacz")
    (media,) = survey_wacz(path).media
    assert media.digest == "differs" and media.sha256 != hashlib.sha256(photo).hexdigest()


# -- hostile archives ------------------------------------------------------------------------------


def _refused(survey: WaczSurvey, *words: str) -> None:
    assert survey.error is not None and survey.media == () and survey.pages == ()
    for word in words:
        assert word in survey.error, survey.error


def test_a_gzip_bomb_inside_a_stored_warc_is_refused(tmp_path: Path) -> None:
    bomb = warc([Rec(f"{PAGE}big.png", b"\0" * (32 << 20), "image/png")])
    assert len(bomb) < 100_000
    path = Wacz(warcs={"data.warc.gz": bomb}).write(tmp_path / "bomb.wacz")
    _refused(survey_wacz(path), "zip bomb")


def test_gzip_data_is_inflated_and_counted_whatever_the_entry_is_called(tmp_path: Path) -> None:
    bomb = warc([Rec(f"{PAGE}big.png", b"\0" * (32 << 20), "image/png")])
    misnamed = Wacz(warcs={"data.warc": bomb}).write(tmp_path / "misnamed.wacz")
    _refused(survey_wacz(misnamed), "zip bomb")
    twice = Wacz(warcs={"data.warc.gz": gzip_member(bomb)}).write(tmp_path / "twice.wacz")
    _refused(survey_wacz(twice), "not a WARC file")  # warcio would inflate the inner layer, uncounted
    photo = warc([Rec(f"{PAGE}photo.png", png((7, 7, 7)), "image/png")])
    plain = Wacz(warcs={"data.warc": photo}).write(tmp_path / "plain-name.wacz")
    assert [m.name for m in survey_wacz(plain).media] == ["photo.png"]


def test_a_zip_bomb_of_a_deflated_warc_is_refused(tmp_path: Path) -> None:
    plain = warc([Rec(f"{PAGE}big.png", b"\0" * (32 << 20), "image/png")], compress=False)
    path = Wacz(warcs={"data.warc": plain}, compression=zipfile.ZIP_DEFLATED).write(tmp_path / "bomb.wacz")
    _refused(survey_wacz(path), "zip bomb")


def test_a_bomb_in_a_content_encoding_is_refused(tmp_path: Path) -> None:
    encoded = gzip_member(b"\0" * (32 << 20))
    record = Rec(f"{PAGE}big.png", encoded, "image/png", http=[("Content-Encoding", "gzip")])
    path = Wacz(warcs={"data.warc.gz": warc([record])}).write(tmp_path / "bomb.wacz")
    _refused(survey_wacz(path), "zip bomb")


def test_the_total_limit_counts_bytes_as_read(tmp_path: Path) -> None:
    noise = os.urandom(1 << 20)  # does not compress: no ratio to catch
    path = Wacz(warcs={"data.warc.gz": warc([Rec(f"{PAGE}a.png", noise, "image/png")])}).write(
        tmp_path / "x.wacz"
    )
    _refused(survey_wacz(path, limits=WaczLimits(max_total_bytes=512 << 10)), "limit")


@pytest.mark.parametrize("name", ["../evil.warc", "/etc/passwd", "archive\\..\\x.warc", "C:/x.warc"])
def test_path_tricks_are_refused(tmp_path: Path, name: str) -> None:
    path = Wacz(warcs={"data.warc.gz": warc([])}, extra={name: b"x"}).write(tmp_path / "trick.wacz")
    _refused(survey_wacz(path), "climbs out")


def test_a_lying_content_length_is_refused(tmp_path: Path) -> None:
    photo = png((1, 2, 3))
    data = warc([Rec(f"{PAGE}photo.png", photo, "image/png", with_request=False)], compress=False)
    record = data[data.index(b"WARC-Type: response") :]
    stated = int(record[record.index(b"Content-Length: ") + 16 :].split(b"\r\n")[0])
    for lie in (stated - 40, stated + 40):
        lying = data.replace(f"Content-Length: {stated}\r\n".encode(), f"Content-Length: {lie}\r\n".encode())
        path = Wacz(warcs={"data.warc": lying}).write(tmp_path / f"lie{lie}.wacz")
        _refused(survey_wacz(path), "stated length")


def test_a_header_without_an_end_is_refused_before_it_fills_the_memory(tmp_path: Path) -> None:
    endless = b"WARC/1.1\r\nWARC-Type: resource\r\nX-Noise: " + os.urandom(1 << 19).hex().encode()
    path = Wacz(warcs={"data.warc.gz": gzip_member(endless)}).write(tmp_path / "endless.wacz")
    _refused(survey_wacz(path, media_limits=WaczMediaLimits(max_header_bytes=64 << 10)), "length")


def test_damage_is_refused_with_a_reason(tmp_path: Path) -> None:
    whole = warc([Rec(f"{PAGE}photo.png", png((5, 5, 5)), "image/png")])
    cut = Wacz(warcs={"data.warc.gz": whole[: len(whole) - 60]}).write(tmp_path / "cut.wacz")
    _refused(survey_wacz(cut))
    junk = Wacz(warcs={"data.warc": b"this is not a WARC file\r\n" * 10}).write(tmp_path / "junk.wacz")
    _refused(survey_wacz(junk))
    truncated = tmp_path / "truncated.wacz"
    truncated.write_bytes(corpus_file(EXAMPLE).read_bytes()[:50_000])
    _refused(survey_wacz(truncated), "damaged")
