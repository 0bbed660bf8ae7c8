"""The extraction from c2pa's documents, on documents a hostile file could make it return."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
from typing import Any

import pytest

from casedesk.provenance import C2paRecord, C2paStatus, findings
from casedesk.provenance.extract import MAX_DEPTH, record_from, sha256_hex, xmp_instance_id
from casedesk.provenance.library import Outcome


def _store(manifests: dict[str, Any], active: str = "m0", **extra: Any) -> Outcome:
    return Outcome(store={"active_manifest": active, "manifests": manifests, **extra})


def _read(outcome: Outcome) -> C2paRecord:
    return record_from(outcome, reader="test", trust="t")


def test_nonsense_of_every_type_is_skipped_not_trusted() -> None:
    record = _read(
        _store(
            {
                "m0": {
                    "title": ["not", "text"],
                    "claim_generator": {"x": 1},
                    "assertions": "none",
                    "ingredients": [None, 3, {"title": True, "hash": "zz", "relationship": 7}],
                    "signature_info": [],
                }
            },
            validation_state=5,
            validation_status=[{"code": None}, "x", {"code": "assertion.dataHash.mismatch"}],
        )
    )
    assert record.status is C2paStatus.READ
    assert (record.title, record.claim_generator, record.signer, record.state) == (None, None, None, "5")
    assert record.codes == ("assertion.dataHash.mismatch",)
    assert len(record.ingredients) == 3 and record.ingredients[2].title is None
    assert record.ingredients[2].sha256 is None and record.actions == ()
    assert _read(Outcome(store={"manifests": []})).status is C2paStatus.READ  # no active manifest at all


def test_an_ingredient_tree_that_loops_or_runs_deep_stays_bounded() -> None:
    looping = {
        "a": {"ingredients": [{"title": "to b", "active_manifest": "b"}]},
        "b": {"ingredients": [{"title": "back to a", "active_manifest": "a"}]},
    }
    record = _read(_store(looping, active="a"))
    (to_b,) = record.ingredients
    (back,) = to_b.ingredients
    assert back.title == "back to a" and back.ingredients == ()  # a manifest is not walked twice
    chain = {
        f"m{i}": {"ingredients": [{"title": f"level {i}", "active_manifest": f"m{i + 1}"}]} for i in range(50)
    }
    depth, level = 0, _read(_store(chain)).ingredients
    while level:
        depth, level = depth + 1, level[0].ingredients
    assert depth == MAX_DEPTH


def test_long_text_and_long_lists_are_clipped() -> None:
    actions = [{"action": "c2pa.edited", "parameters": {"name": "x" * 10_000}}] * 1000
    record = _read(
        _store(
            {
                "m0": {
                    "title": "t" * 10_000,
                    "assertions": [{"label": "c2pa.actions", "data": {"actions": actions}}],
                }
            }
        )
    )
    assert record.title is not None and len(record.title) == 500
    assert len(record.actions) == 200 and len(record.actions[0].name or "") == 500


def test_claim_generator_falls_back_to_its_info() -> None:
    info = {"claim_generator_info": [{"name": "Pixel Camera", "version": "9.1"}]}
    assert _read(_store({"m0": info})).claim_generator == "Pixel Camera/9.1"
    assert _read(_store({"m0": {"claim_generator_info": [{"name": "Tool"}]}})).claim_generator == "Tool"


def test_software_agents_and_source_types_are_kept() -> None:
    action = {
        "action": "c2pa.created",
        "softwareAgent": {"name": "Firefly", "version": "3"},
        "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
        "when": "2025-01-01T00:00:00Z",
    }
    manifest = {"assertions": [{"label": "c2pa.actions.v2", "data": {"actions": [action]}}]}
    (created,) = _read(_store({"m0": manifest})).actions
    assert (created.software_agent, created.when) == ("Firefly/3", "2025-01-01T00:00:00Z")
    assert created.digital_source_type and created.digital_source_type.endswith("trainedAlgorithmicMedia")


def test_a_stated_sha256_in_hex_or_base64() -> None:
    digest = hashlib.sha256(b"x").digest()
    assert sha256_hex(digest.hex().upper()) == digest.hex()
    assert sha256_hex(base64.b64encode(digest).decode()) == digest.hex()
    for other in (None, "", "abc", base64.b64encode(b"short").decode(), 42, ["x"]):
        assert sha256_hex(other) is None


@pytest.mark.parametrize(
    ("xmp", "expected"),
    [
        ('<rdf:Description xmpMM:InstanceID="xmp.iid:813ee422" />', "xmp.iid:813ee422"),
        ("<xmpMM:InstanceID>uuid:1234</xmpMM:InstanceID>", "uuid:1234"),
        ("<x xapMM:InstanceID='adobe:docid:1'/>", "adobe:docid:1"),
        ("no id here", None),
        (None, None),
    ],
)
def test_an_xmp_instance_id(xmp: str | None, expected: str | None) -> None:
    assert xmp_instance_id(xmp) == expected


def test_what_each_outcome_becomes() -> None:
    remote = _read(Outcome(remote_url="https://example.org/m.c2pa", error="Remote: must fetch …"))
    assert remote.status is C2paStatus.REMOTE and findings(remote)
    broken = _read(Outcome(error="Other: could not parse", c2pa_data=True))
    assert broken.status is C2paStatus.ERROR and "could not parse" in findings(broken)[0]
    plain = _read(Outcome(error="Other: could not parse", c2pa_data=False))
    assert plain.status is C2paStatus.NONE and findings(plain) == [] and not plain.present
    assert _read(Outcome()).status is C2paStatus.NONE


def test_the_provenance_package_needs_neither_qt_nor_storage() -> None:
    probe = (
        "import sys\n"
        "import casedesk.provenance, casedesk.provenance.reader, casedesk.provenance.library\n"
        "import casedesk.provenance.extract, casedesk.provenance.trust\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlalchemy',"
        " 'casedesk.core.models', 'casedesk.core.db', 'casedesk.core.service', 'c2pa')))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""  # nor c2pa itself, until a file is read
