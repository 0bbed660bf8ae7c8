"""Signed phone captures: the corpus's real Starling Capture photo, and ProofMode bundles built as the
app writes them (field names from guardianproject/proofmode-android ``ProofModeV1Constants.java``,
files and CSV layout from ``MediaWatcher.kt`` and ``ShareProofActivity.zipProof``)."""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import struct
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.provenance import capture_proofmode
from casedesk.provenance.capture import (
    CaptureKind,
    CaptureRecord,
    SignatureState,
    find_captures,
    read_proofmode,
    read_proofmode_all,
    read_starling,
)
from casedesk.provenance.openpgp import Keyring
from casedesk.provenance.wacz import WaczLimits

from .conftest import corpus_file, manifest_rows, sha256

STARLING = "signed/starling-capture"
PHOTO_SHA = "034305235db1ac3fcd6580765f893c53e3aea07e7f2c3096600cb533ac92e94f"
PUBLIC_KEY = (
    "3059301306072a8648ce3d020106082a8648ce3d03010703420004da63d94d162d2c59cf106786a9a8e677a30e968f7e57330d"
    "84877c5c6f6ca7b7a432ba5a8e43abe31306f72011f7b9c8c79b95b329f1071019dd9a9052d746f4"
)
FAKE_ASC = b"-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n=AAAA\n-----END PGP SIGNATURE-----\n"


def _starling(name: str) -> Path:
    path = corpus_file(f"{STARLING}/{name}")
    assert sha256(path) == manifest_rows()[f"{STARLING}/{name}"][3]
    return path


def _photo() -> Path:
    return _starling(f"{PHOTO_SHA}.jpg")


def _round_trips(record: CaptureRecord) -> None:
    data = json.loads(json.dumps(record.to_dict()))
    assert data["format"] == 1
    assert CaptureRecord.from_dict(data) == record


# -- Starling Capture ------------------------------------------------------------------------------


def test_the_real_starling_capture_verifies_and_its_media_matches() -> None:
    record = read_starling(_photo(), _starling("information.json"), _starling("signature.json"))
    assert record.kind is CaptureKind.STARLING
    assert record.media_sha256 == PHOTO_SHA and record.media_matches is True
    (sig,) = record.signatures
    assert sig.provider == "AndroidOpenSSL" and sig.state is SignatureState.VALID
    assert sig.key == "sha256:" + hashlib.sha256(bytes.fromhex(PUBLIC_KEY)).hexdigest()
    assert record.verified and record.problems == ()
    assert record.mime_type == "image/jpeg"
    assert record.capture_time == "2022-08-15T15:37:07.233Z"  # proof.timestamp 1660577827233 ms
    loc = record.location
    assert loc is not None and (loc.latitude, loc.longitude) == (24.9960624, 121.51052)
    assert (loc.accuracy_m, loc.time, loc.source) == (21.137, "2022-08-15T15:37:08.328Z", "Current GPS")
    assert dict(record.device)["Brand"] == "Htc" and dict(record.device)["End Product Name"] == "EXODUS 1s"
    assert [f.role for f in record.files] == ["media", "information", "signature"]
    assert record.files[1].sha256 == manifest_rows()[f"{STARLING}/information.json"][3]
    _round_trips(record)


def test_the_altered_signature_is_invalid() -> None:
    record = read_starling(_photo(), _starling("information.json"), _starling("signature.bad.json"))
    (sig,) = record.signatures
    assert sig.state is SignatureState.INVALID and "altered" in sig.reason
    assert record.media_matches is True and not record.verified


def test_one_changed_byte_of_information_json_makes_the_signature_invalid(tmp_path: Path) -> None:
    raw = _starling("information.json").read_bytes()
    changed = raw.replace(b'"value":"[20.0]"', b'"value":"[21.0]"')  # the light sensor's reading
    assert len(changed) == len(raw) and changed != raw
    (tmp_path / "information.json").write_bytes(changed)
    record = read_starling(_photo(), tmp_path / "information.json", _starling("signature.json"))
    assert record.signatures[0].state is SignatureState.INVALID
    assert record.media_matches is True  # the hash it states is still the photo's


def test_a_media_file_with_another_hash_does_not_match(tmp_path: Path) -> None:
    other = tmp_path / f"{PHOTO_SHA}.jpg"
    data = bytearray(_photo().read_bytes())
    data[-3] ^= 0x01
    other.write_bytes(bytes(data))
    record = read_starling(other, _starling("information.json"), _starling("signature.json"))
    assert record.media_matches is False and not record.verified
    assert record.signatures[0].state is SignatureState.VALID  # the proof itself is intact
    assert record.problems == ("the media's SHA-256 differs from the one the proof states",)
    assert (
        read_starling(None, _starling("information.json"), _starling("signature.json")).media_matches is None
    )


def test_zion_and_unknown_providers_are_recorded_not_failed(tmp_path: Path) -> None:
    (good,) = json.loads(_starling("signature.json").read_bytes())
    zion = {
        "proofHash": PHOTO_SHA,
        "provider": "Zion",
        "signature": "ab" * 65,
        "publicKey": "Session:\n02" + "cd" * 32,
    }
    other = {"proofHash": "0" * 64, "provider": "Mystery", "signature": "00", "publicKey": "00"}
    (tmp_path / "signature.json").write_text(json.dumps([good, zion, other]))
    record = read_starling(_photo(), _starling("information.json"), tmp_path / "signature.json")
    states = [(s.provider, s.state) for s in record.signatures]
    assert states == [
        ("AndroidOpenSSL", SignatureState.VALID),
        ("Zion", SignatureState.NOT_VERIFIABLE),
        ("Mystery", SignatureState.NOT_VERIFIABLE),
    ]
    assert "not verifiable by CaseDesk" in record.signatures[1].reason
    assert record.problems == ("signature 3 is about another media hash than information.json's",)


@pytest.mark.parametrize(
    ("information", "signature"),
    [
        (b"not json", b"[]"),
        (b"[1, 2]", b"{}"),
        (b"[" * 100_000 + b"]" * 100_000, b"[" * 100_000),
        (
            b'{"proof": {"hash": 7, "timestamp": "soon"}, "information": 5}',
            b'[{"provider": "AndroidOpenSSL"}]',
        ),
        (
            b'{"proof": {"hash": "' + PHOTO_SHA.encode() + b'", "timestamp": 1e300}}',
            b'[{"provider": "AndroidOpenSSL", "signature": "zz", "publicKey": "3059"}, '
            b'{"provider": "AndroidOpenSSL", "signature": "00", '
            b'"publicKey": "300d06092a864886f70d0101010500"}, 5]',
        ),
        (b"\xff\xfe", b"\x00"),
    ],
)
def test_damaged_starling_files_are_problems_not_exceptions(
    tmp_path: Path, information: bytes, signature: bytes
) -> None:
    (tmp_path / "information.json").write_bytes(information)
    (tmp_path / "signature.json").write_bytes(signature)
    record = read_starling(_photo(), tmp_path / "information.json", tmp_path / "signature.json")
    assert record.problems and not record.verified
    assert all(s.state is not SignatureState.VALID for s in record.signatures)
    _round_trips(record)
    missing = read_starling(tmp_path / "gone.jpg", tmp_path / "none.json", tmp_path / "nothing.json")
    assert missing.media_matches is None and len(missing.problems) == 3


def test_files_added_together_are_grouped_into_the_starling_capture() -> None:
    folder = _photo().parent
    (group,) = find_captures(sorted(folder.iterdir()))
    assert group.kind is CaptureKind.STARLING and group.media == _photo()
    assert group.signature == folder / "signature.json"  # signature.bad.json belongs to no capture
    assert group.read().verified


# -- ProofMode -------------------------------------------------------------------------------------


def _proof(media_hash: str, *, created: str = "2024-05-01T12:15:30.123Z") -> dict[str, str]:
    """One proof as ``MediaWatcher.buildProof`` fills it (a HashMap: its order is arbitrary)."""
    return {
        "Location.Provider": "fused",
        "File Hash SHA256": media_hash,
        "Proof Generated": "2024-05-01T12:15:31.456Z",
        "Location.Latitude": "48.8566",
        "DeviceID": "9774d56d682e549c",
        "File Path": "/storage/emulated/0/DCIM/Camera/PXL_20240501_101530123.jpg",
        "Location.Longitude": "2.3522",
        "Network": "WIFI",
        "Location.Accuracy": "12.5",
        "IPv4": "192.168.1.23",
        "File Created": created,
        "Location.Time": "1714558500000",
        "Manufacturer": "Google",
        "Hardware": "Pixel 6",
        "Locale": "France",
        "Language": "français",
        "CellInfo": "none",
        "NetworkType": "Wifi",
        "Location.Altitude": "35.0",
        "SafetyCheck": "false",
        "SafetyCheckBasicIntegrity": "",
        "Notes": "",
    }


def _proof_json(proof: dict[str, str]) -> bytes:
    return (
        json.dumps(proof, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/").encode()
    )  # JSONObject


def _proof_csv(proof: dict[str, str], *, header: bool = True) -> bytes:
    head = "".join(f"{k}," for k in proof) + "\n" if header else ""
    return (head + "".join(v.replace(",", " ") + "," for v in proof.values())).encode()


def _bundle(media: bytes, name: str = "PXL_20240501_101530123.jpg") -> dict[str, bytes]:
    """A ProofMode share: the media under its own name, the proof set named by its hash, the key."""
    h = hashlib.sha256(media).hexdigest()
    proof = _proof(h)
    return {
        name: media,
        f"{h}.proof.csv": _proof_csv(proof),
        f"{h}.proof.csv.asc": FAKE_ASC,
        f"{h}.proof.json": _proof_json(proof),
        f"{h}.proof.json.asc": FAKE_ASC,
        f"{h}.asc": FAKE_ASC,
        f"{h}.ots": b"\x00OpenTimestamps\x00\x00Proof\x00\xbf\x89\xe2\xe8\x84\xe8\x92\x94\x01",
        "pubkey.asc": b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n=AAAA\n-----END PGP PUBLIC KEY BLOCK-----\n",
        "HowToVerifyProofData.txt": b"Brief information on how to verify the media file ...\n",
    }


def _zip(path: Path, entries: dict[str, bytes] | list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    items = entries.items() if isinstance(entries, dict) else entries
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate names written on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in items:
                archive.writestr(name, data)
    return path


def test_a_proofmode_bundle_is_read_as_the_app_writes_it(tmp_path: Path) -> None:
    media = _photo().read_bytes()
    bundle = _zip(tmp_path / "PXL_20240501_101530123.jpg-proofmode-0x560cc828-2024-05-01.zip", _bundle(media))
    record = read_proofmode(bundle)
    assert record.kind is CaptureKind.PROOFMODE and record.problems == ()
    assert record.media_sha256 == PHOTO_SHA and record.media_matches is True
    assert record.media_name == "PXL_20240501_101530123.jpg"
    # The app writes its local clock with a literal Z: the zone is unknown, so no UTC time is made up.
    assert (record.capture_time, record.capture_clock) == (None, "2024-05-01T12:15:30.123")
    assert record.capture_time_source == "File Created"
    loc = record.location
    assert loc is not None and (loc.latitude, loc.longitude, loc.accuracy_m) == (48.8566, 2.3522, 12.5)
    assert (loc.time, loc.altitude_m, loc.source) == ("2024-05-01T10:15:00.000Z", 35.0, "fused")
    assert record.device == (
        ("Manufacturer", "Google"),
        ("Hardware", "Pixel 6"),
        ("DeviceID", "9774d56d682e549c"),
        ("Language", "français"),
        ("Locale", "France"),
    )
    assert record.network == (
        ("Network", "WIFI"),
        ("NetworkType", "Wifi"),
        ("IPv4", "192.168.1.23"),
        ("CellInfo", "none"),
    )
    assert dict(record.other)["File Path"] == "/storage/emulated/0/DCIM/Camera/PXL_20240501_101530123.jpg"
    signed = {(s.provider, s.subject): s.state for s in record.signatures}
    assert signed == {
        ("OpenPGP", f"{PHOTO_SHA}.proof.csv"): SignatureState.UNCHECKED,
        ("OpenPGP", f"{PHOTO_SHA}.proof.json"): SignatureState.UNCHECKED,
        ("OpenPGP", "PXL_20240501_101530123.jpg"): SignatureState.UNCHECKED,
        ("OpenTimestamps", "PXL_20240501_101530123.jpg"): SignatureState.NOT_VERIFIABLE,
    }
    roles = {f.name: f.role for f in record.files}
    assert roles["pubkey.asc"] == "public-key" and roles[bundle.name] == "bundle"
    assert roles[f"{PHOTO_SHA}.asc"] == "media-signature" and roles[f"{PHOTO_SHA}.ots"] == "opentimestamps"
    assert {f.name: f.sha256 for f in record.files}[f"{PHOTO_SHA}.proof.json"] == hashlib.sha256(
        _bundle(media)[f"{PHOTO_SHA}.proof.json"]
    ).hexdigest()
    _round_trips(record)
    assert find_captures([bundle])[0].read() == record


def test_proofs_appended_later_are_counted_and_the_first_is_read(tmp_path: Path) -> None:
    entries = _bundle(b"a video")
    h = hashlib.sha256(b"a video").hexdigest()
    again = _proof(h, created="2024-06-01T08:00:00.000Z")
    entries[f"{h}.proof.json"] += _proof_json(again)  # saveText appends
    entries[f"{h}.proof.csv"] += _proof_csv(again, header=False)  # and the row runs on
    record = read_proofmode(_zip(tmp_path / "b.zip", entries))
    assert record.capture_clock == "2024-05-01T12:15:30.123" and record.media_matches is True
    assert record.problems == (
        f"{h}.proof.csv holds 2 proofs of the same media; the first is read",
        f"{h}.proof.json holds 2 proofs of the same media; the first is read",
    )


def test_an_old_proof_named_after_the_media_has_utc_minutes(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "IMG_1.jpg").write_bytes(b"not the photo the proof is about")
    proof = _proof(PHOTO_SHA, created="2021-03-04T05:06Z")  # "yyyy-MM-dd'T'HH:mm'Z'" in UTC, before 2023
    (folder / "IMG_1.jpg.proof.csv").write_bytes(_proof_csv(proof))
    (folder / "IMG_1.jpg.asc").write_bytes(FAKE_ASC)
    record = read_proofmode(folder)
    assert record.capture_time == "2021-03-04T05:06:00.000Z" and record.capture_clock is None
    assert record.media_name == "IMG_1.jpg" and record.media_matches is False
    assert "the media's SHA-256 differs from the one the proof states" in record.problems
    (group,) = find_captures(sorted(folder.iterdir()))
    assert group.media == folder / "IMG_1.jpg" and len(group.files) == 3


def test_a_batch_share_holds_one_record_per_proof(tmp_path: Path) -> None:
    entries = {**_bundle(b"first"), **_bundle(b"second", "PXL_2.jpg")}
    bundle = _zip(tmp_path / "proofmode-0x1-batch.zip", entries)
    records = read_proofmode_all(bundle)
    assert sorted(r.media_name for r in records) == ["PXL_2.jpg", "PXL_20240501_101530123.jpg"]
    assert all(r.media_matches for r in records)
    assert "the bundle holds 2 ProofMode proofs" in read_proofmode(bundle).problems[-1]


def test_loose_proofmode_files_are_grouped_and_their_signatures_checked_with_a_keyring(
    tmp_path: Path,
) -> None:
    """The media signature is real: the corpus's Debian Release file with its detached signature."""
    pgp = "signed/openpgp"
    subject = corpus_file(f"{pgp}/debian-sid.subj")
    h = sha256(subject)
    folder = tmp_path / "added"
    folder.mkdir()
    shutil.copyfile(subject, folder / "Release")
    shutil.copyfile(corpus_file(f"{pgp}/debian-sid.sig.asc"), folder / f"{h}.asc")
    (folder / f"{h}.proof.json").write_bytes(_proof_json(_proof(h)))
    (folder / "unrelated.txt").write_text("not part of any capture")
    ring = Keyring(tmp_path / "openpgp")
    ring.import_keys(corpus_file(f"{pgp}/debian-sid.key.asc").read_bytes())

    (group,) = find_captures(sorted(folder.iterdir()))
    assert group.kind is CaptureKind.PROOFMODE and group.media == folder / "Release"
    assert folder / "unrelated.txt" not in group.files
    record = group.read(ring)
    (sig,) = record.signatures
    assert sig.state is SignatureState.VALID and sig.subject == "Release"
    assert sig.key is not None and sig.key.endswith("8B48AD6246925553")
    assert record.media_matches is True and record.verified
    assert group.read().signatures[0].state is SignatureState.UNCHECKED  # no keyring given

    data = bytearray((folder / "Release").read_bytes())
    data[100] ^= 0x20
    (folder / "Release").write_bytes(bytes(data))
    altered = group.read(ring)  # the group found before: read_proofmode(folder) could not tell the media
    assert altered.signatures[0].state is SignatureState.INVALID and altered.media_matches is False


def test_signatures_inside_a_proofmode_zip_are_checked_against_the_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same real Debian signature, shared as the app shares a proof: in a ZIP. gpgv reads a
    private copy of the signed member, which is gone once the ZIP is read."""
    pgp = "signed/openpgp"
    subject = corpus_file(f"{pgp}/debian-sid.subj").read_bytes()
    h = hashlib.sha256(subject).hexdigest()
    entries = {
        "Release": subject,
        f"{h}.asc": corpus_file(f"{pgp}/debian-sid.sig.asc").read_bytes(),
        f"{h}.proof.json": _proof_json(_proof(h)),
    }
    ring = Keyring(tmp_path / "openpgp")
    ring.import_keys(corpus_file(f"{pgp}/debian-sid.key.asc").read_bytes())
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    record = read_proofmode(_zip(tmp_path / "share.zip", entries), ring)
    (sig,) = record.signatures
    assert sig.state is SignatureState.VALID and sig.subject == "Release"
    assert sig.key is not None and sig.key.endswith("8B48AD6246925553")
    assert record.media_matches is True and record.verified
    assert list(scratch.iterdir()) == []  # the copy for gpgv was removed
    assert read_proofmode(tmp_path / "share.zip").signatures[0].state is SignatureState.UNCHECKED

    altered = bytearray(subject)
    altered[100] ^= 0x20
    entries["Release"] = bytes(altered)  # the proof and signature still name the original
    record = read_proofmode(_zip(tmp_path / "altered.zip", entries), ring)
    assert record.signatures[0].state is SignatureState.INVALID and record.media_matches is False


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=25,
)
PROOF_NAMES = st.sampled_from(
    (
        *("File Hash SHA256", "File Created", "Proof Generated", "DeviceID", "Network", "CellInfo"),
        *(
            "Location.Latitude",
            "Location.Longitude",
            "Location.Time",
            "Location.Accuracy",
            "Location.Provider",
        ),
    )
)
ANY_FILE = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written to the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@ANY_FILE
@given(proof=JSON, information=JSON, signatures=JSON)
def test_any_json_a_starling_capture_states_is_read_without_raising(
    tmp_path: Path, proof: object, information: object, signatures: object
) -> None:
    info = {"proof": proof if not isinstance(proof, dict) else {**proof, "hash": PHOTO_SHA}}
    (tmp_path / "information.json").write_text(json.dumps({**info, "information": information}))
    (tmp_path / "signature.json").write_text(json.dumps(signatures))
    record = read_starling(_photo(), tmp_path / "information.json", tmp_path / "signature.json")
    _round_trips(record)
    assert not record.verified


@ANY_FILE
@given(
    stated=st.dictionaries(PROOF_NAMES | st.text(max_size=12), JSON, max_size=12), csv=st.binary(max_size=300)
)
def test_any_proof_a_proofmode_bundle_states_is_read_without_raising(
    tmp_path: Path, stated: dict[str, object], csv: bytes
) -> None:
    entries = _bundle(b"media")
    h = hashlib.sha256(b"media").hexdigest()
    entries[f"{h}.proof.json"] = json.dumps(stated).encode()
    entries[f"{h}.proof.csv"] = csv
    record = read_proofmode(_zip(tmp_path / "any.zip", entries))
    _round_trips(record)
    assert record.media_matches in (None, True, False)


# -- hostile bundles -------------------------------------------------------------------------------


def _entry(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    return info


def _lying_size(path: Path, name: str, size: int) -> None:
    """Rewrite the sizes the local and central headers declare for ``name``."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, at + offset, size)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


HOSTILE = {
    "climbs out": ([("../evil.txt", b"x")], "climbs out of the archive"),
    "absolute": ([("/tmp/evil.txt", b"x")], "climbs out of the archive"),
    "backslash": ([("..\\evil.txt", b"x")], "climbs out of the archive"),
    "link": ([(_entry("photo.jpg", stat.S_IFLNK | 0o777), b"/etc/passwd")], "is a link or a device"),
    "duplicate": ([("a.proof.json", b"{}"), ("a.proof.json", b"{}")], "appears twice"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_names_refuse_the_bundle_and_nothing_is_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    work = tmp_path / "work" / "inner"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)  # where a careless extraction of "../evil.txt" would write
    entries, expected = HOSTILE[case]
    bundle = _zip(
        tmp_path / "work" / "bundle.zip",
        [(f"{PHOTO_SHA}.proof.json", _proof_json(_proof(PHOTO_SHA))), *entries],
    )
    before = sorted(tmp_path.rglob("*"))
    record = read_proofmode(bundle)
    assert sorted(tmp_path.rglob("*")) == before
    assert not Path("/tmp/evil.txt").exists()
    (problem,) = record.problems
    assert problem.startswith("ProofMode bundle refused: ") and expected in problem
    assert record.signatures == () and record.media_matches is None
    assert [f.role for f in record.files] == ["bundle"]


def test_a_zip_bomb_stops_after_a_little_more_than_the_limit(tmp_path: Path) -> None:
    entries = _bundle(bytes(8 << 20), "bomb.jpg")  # 8 MiB of zeros deflate to a few KiB
    bundle = _zip(tmp_path / "bomb.zip", entries)
    assert bundle.stat().st_size < 100_000
    limits = WaczLimits(max_ratio=50, ratio_grace_bytes=1 << 16)
    (record,) = capture_proofmode.read_all(bundle, None, limits)
    assert "bomb.jpg expands more than 50 times (a zip bomb)" in record.problems[0]
    small_total = WaczLimits(max_total_bytes=1 << 20, max_ratio=1 << 30)
    (record,) = capture_proofmode.read_all(bundle, None, small_total)
    assert "more data than the limit allows" in record.problems[0]


def test_a_size_the_header_lies_about_is_refused(tmp_path: Path) -> None:
    media = _photo().read_bytes()
    bundle = _zip(tmp_path / "lies.zip", _bundle(media))
    _lying_size(bundle, "PXL_20240501_101530123.jpg", len(media) * 4)  # zipfile reads on to the data's end
    record = read_proofmode(bundle)
    assert record.problems == (
        "ProofMode bundle refused: the entry 'PXL_20240501_101530123.jpg' holds "
        f"{len(media)} bytes, not the {len(media) * 4} its header states.",
    )
    _lying_size(bundle, "PXL_20240501_101530123.jpg", 10)  # smaller: zipfile's CRC check fails
    assert "damaged or truncated" in read_proofmode(bundle).problems[0]


def test_damaged_and_empty_bundles_are_problems(tmp_path: Path) -> None:
    whole = _zip(tmp_path / "whole.zip", _bundle(b"media")).read_bytes()
    (tmp_path / "cut.zip").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "garbage.zip").write_bytes(b"PK\x03\x04" + bytes(200))
    for name in ("cut.zip", "garbage.zip"):
        record = read_proofmode(tmp_path / name)
        assert record.problems[0].startswith("ProofMode bundle refused: the archive is damaged")
    no_proof = read_proofmode(_zip(tmp_path / "plain.zip", {"photo.jpg": b"x"}))
    assert no_proof.problems == ("it holds no ProofMode proof (.proof.json or .proof.csv)",)
    broken = _bundle(b"media")
    h = hashlib.sha256(b"media").hexdigest()
    broken[f"{h}.proof.json"] = b'{"File Hash SHA256": "' + h.encode() + b'", "Notes": [' + b"[" * 50_000
    broken[f"{h}.proof.csv"] = b"File Hash SHA256,Notes,\n" + h.encode() + b",a,b,"
    record = read_proofmode(_zip(tmp_path / "broken.zip", broken))
    assert any("is not valid JSON" in p for p in record.problems)
    assert any("values do not line up with its header" in p for p in record.problems)
    assert record.media_sha256 == h and record.media_matches is True  # the CSV still states it
    assert not capture_proofmode.is_bundle(tmp_path / "cut.zip") and capture_proofmode.is_bundle(
        tmp_path / "whole.zip"
    )


def test_a_proofmode_zip_is_found_among_added_files(tmp_path: Path) -> None:
    bundle = _zip(tmp_path / "share.zip", _bundle(b"media"))
    plain = _zip(tmp_path / "plain.zip", {"a.txt": b"x"})
    groups = find_captures([plain, bundle, tmp_path / "absent.jpg"])
    assert [(g.kind, g.bundle) for g in groups] == [(CaptureKind.PROOFMODE, bundle)]
