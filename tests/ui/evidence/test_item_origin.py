"""The Metadata tab says where an item came from in the words that fit it: a still "taken from" its
footage at an offset; a web archive's media taken from the archive, with the address, the WARC
record and when the crawler fetched it (never "at offset 0 s" of a "footage"); a ProofMode
bundle's media taken from the bundle, with its entry."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.service import CaseService
from casedesk.ui.evidence.metadata import MetadataPanel

from .test_evidence_viewer import tree_values

CORPUS = Path(__file__).parents[3].parent / "shared" / "corpus"


def shown(qtbot, svc: CaseService, evidence_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    view = svc.evidence_view(evidence_id)
    assert view.parent is not None
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.show_view(view, svc.evidence_view(view.parent.evidence_id))
    return tree_values(panel.tree)


def test_a_web_archive_s_media_say_they_came_from_the_archive(qtbot, svc: CaseService) -> None:  # type: ignore[no-untyped-def]
    archive = CORPUS / "wacz" / "example.wacz"
    assert archive.is_file(), f"corpus file missing: {archive}"
    case_id = svc.create_case("Web archive").id
    parent, child, *_ = svc.add_files(case_id, [archive])
    origin = svc.evidence_view(child.evidence_id or "").details["wacz"]
    values = shown(qtbot, svc, child.evidence_id or "")
    assert values["Taken from the web archive"] == "example.wacz"
    assert values["Web archive SHA-256"] == parent.sha256
    assert values["Web archive verified"] == "Yes"
    assert values["Address captured"] == origin["warc_target_uri"]
    assert values["Fetched (WARC-Date)"] == origin["warc_date"]
    assert values["WARC record"] == origin["warc_record_id"]
    assert not {"Still taken from", "At offset", "Footage SHA-256"} & set(values)
    assert "wacz" not in values  # not again, as a raw mapping, under Details


def test_a_proofmode_bundle_s_media_say_they_came_from_the_bundle(
    qtbot,
    svc: CaseService,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    Image.new("RGB", (32, 24), "teal").save(tmp_path / "IMG_1.png")
    media = (tmp_path / "IMG_1.png").read_bytes()
    digest = hashlib.sha256(media).hexdigest()
    bundle = tmp_path / "IMG_1.png-proofmode.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("IMG_1.png", media)
        archive.writestr(f"{digest}.proof.json", json.dumps({"File Hash SHA256": digest}))
    case_id = svc.create_case("Signed capture").id
    parent, child = svc.add_files(case_id, [bundle])
    values = shown(qtbot, svc, child.evidence_id or "")
    assert values["Taken from the ProofMode bundle"] == bundle.name
    assert values["Bundle SHA-256"] == parent.sha256
    assert values["Entry in the bundle"] == "IMG_1.png"
    assert "At offset" not in values and "proofmode" not in values


@pytest.mark.parametrize("offset", [0.0, 1.5])
def test_a_still_says_where_in_its_footage_it_was_taken(
    qtbot,
    svc: CaseService,
    tmp_path: Path,
    offset: float,  # type: ignore[no-untyped-def]
) -> None:
    import av

    clip = tmp_path / "clip.mp4"
    with av.open(str(clip), "w") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(20):
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (i * 12, 80, 160)))
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    case_id = svc.create_case("Footage").id
    [footage] = svc.add_files(case_id, [clip])
    [still] = svc.extract_stills(footage.evidence_id or "", at=[offset])
    values = shown(qtbot, svc, still.evidence_id or "")
    assert values["Still taken from"] == "clip.mp4"
    assert values["At offset"].startswith(f"{offset:.3f} s")  # 0 s is an offset too
    assert values["Footage SHA-256"] == footage.sha256
