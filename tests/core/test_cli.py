import json
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.workspace import DB_NAME


def _png(path: Path, color: str = "red", size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, color).save(path, "PNG")
    return path


def _new_case(cli, title: str = "Test case") -> str:  # type: ignore[no-untyped-def]
    result = cli("case", "new", title, "--summary", "A <b>summary</b> & more")
    assert result.code == 0, result.err
    return result.out.strip()


def test_case_new_list_show_json(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli, "Frappe près de la frontière")
    listed = cli("case", "list", "--json").json()
    assert listed == [
        {"id": case_id, "title": "Frappe près de la frontière", "status": "open", "evidence_count": 0}
    ]
    shown = cli("case", "show", "frappe", "--json").json()
    assert shown["id"] == case_id
    assert shown["summary"] == "A <b>summary</b> & more"
    assert {"evidence", "sources", "claims", "checklist", "timeline"} <= shown.keys()
    assert len(shown["checklist"]) == 11
    assert {item["state"] for item in shown["checklist"]} == {"pending"}


def test_add_reports_each_file_and_detects_duplicates(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    a = _png(tmp_path / "a.png")
    b = _png(tmp_path / "b.png", "blue")
    result = cli("add", case_id, a, b, a, "--json")
    assert result.code == 0, result.err
    rows = result.json()
    assert [r["status"] for r in rows] == ["added", "added", "duplicate"]
    assert rows[0]["sha256"] == rows[2]["sha256"] and rows[0]["evidence_id"] == rows[2]["evidence_id"]
    assert rows[0]["kind"] == "still" and rows[0]["media_type"] == "image/png"
    assert {"path", "evidence_id", "sha256", "kind", "media_type", "status", "warnings"} <= rows[0].keys()
    evidence = cli("case", "show", case_id, "--json").json()["evidence"]
    assert len(evidence) == 2
    for item in evidence:
        assert {
            "id",
            "kind",
            "original_name",
            "sha256",
            "size",
            "media_type",
            "added_at",
            "warnings",
        } <= item.keys()
        assert item["width"] == 64 and item["height"] == 48


@pytest.mark.folder_only("counts the files of the folder store; tests/team checks the bucket")
def test_same_file_in_two_cases_is_stored_once(cli, tmp_path: Path, workspace_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = _new_case(cli, "First"), _new_case(cli, "Second")
    a = _png(tmp_path / "a.png")
    assert cli("add", first, a).code == 0
    assert cli("add", second, a).code == 0
    assert len(list((workspace_dir / "originals").glob("??/??/*"))) == 1
    assert cli("case", "show", second, "--json").json()["evidence"][0]["original_name"] == "a.png"


def test_bad_paths_are_errors_and_good_ones_still_land(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    folder = tmp_path / "folder"
    folder.mkdir()
    _png(folder / "inside.png", "green")
    good = _png(tmp_path / "good.png")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = cli("add", case_id, tmp_path / "missing.png", folder, good, empty, "--json")
    assert result.code == 1
    rows = result.json()
    assert [r["status"] for r in rows] == ["error", "error", "added", "flagged"]
    assert "not found" in rows[0]["error"]
    assert "--recursive" in rows[1]["error"]
    assert any("Empty file" in w for w in rows[3]["warnings"])
    recursive = cli("add", case_id, folder, "--recursive", "--json")
    assert recursive.code == 0 and recursive.json()[0]["status"] == "added"


def test_odd_unicode_names_survive(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    names = ["صورة الشاحنة.png", "rtl\u202etxt.png", "line\nbreak.png", "café ü.png"]
    paths = [
        _png(tmp_path / name, color)
        for name, color in zip(names, ["red", "green", "blue", "white"], strict=True)
    ]
    result = cli("add", case_id, *paths, "--json")
    assert result.code == 0, result.err
    stored = {e["original_name"] for e in cli("case", "show", case_id, "--json").json()["evidence"]}
    assert stored == set(names)
    human = cli("log", case_id)
    assert "\n" not in "".join(line for line in human.out.splitlines())  # one line per entry


def test_lying_extension_is_a_warning_not_a_refusal(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    liar = _png(tmp_path / "photo.jpg")
    rows = cli("add", case_id, liar, "--json").json()
    assert rows[0]["media_type"] == "image/png"
    assert any(".jpg" in w and "PNG" in w for w in rows[0]["warnings"])


@pytest.mark.folder_only("tampers with a file of the folder store; tests/team tampers with an object")
def test_verify_names_the_tampered_original(cli, tmp_path: Path, workspace_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    rows = cli("add", case_id, _png(tmp_path / "a.png"), _png(tmp_path / "b.png", "blue"), "--json").json()
    assert cli("verify", "--json").json()["ok"] is True
    victim = rows[1]
    path = workspace_dir / "originals" / victim["sha256"][:2] / victim["sha256"][2:4] / victim["sha256"]
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = cli("verify", case_id, "--json")
    assert result.code == 1
    report = result.json()
    assert report["ok"] is False and report["files_checked"] == 2
    assert [(p["kind"], p["object"]) for p in report["problems"]] == [("file", victim["evidence_id"])]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("case", "show", "no such case"), "No case matches"),
        (("add",), "arguments"),
        (("frobnicate",), "invalid choice"),
        (("still", "x", "y"), "No case matches"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli, args, message) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_ambiguous_title_prefix_is_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    _new_case(cli, "Strike A")
    _new_case(cli, "Strike B")
    result = cli("case", "show", "strike")
    assert result.code == 2 and "several cases" in result.err


def test_log_json_is_the_chain(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    cli("add", case_id, _png(tmp_path / "a.png"))
    log = cli("log", case_id, "--json").json()
    assert [e["action"] for e in log] == ["case_create", "evidence_add"]
    assert log[1]["prev_hash"] == log[0]["hash"]
    assert (
        log[1]["details"]["sha256"]
        == json.loads(cli("case", "show", case_id, "--json").out)["evidence"][0]["sha256"]
    )


@pytest.mark.folder_only("writes a newer schema into the SQLite file; tests/team does it on PostgreSQL")
def test_newer_database_is_refused_by_the_cli(cli, workspace_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    _new_case(cli)
    con = sqlite3.connect(workspace_dir / DB_NAME)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    con.close()
    result = cli("case", "list")
    assert result.code == 1
    assert "newer version" in result.err and "Traceback" not in result.err


def test_still_names_its_footage_by_id_or_sha256_prefix(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _new_case(cli)
    [row] = cli("add", case_id, _png(tmp_path / "a.png"), "--json").json()
    for ref in (row["evidence_id"][:6], row["sha256"][:10]):
        result = cli("still", case_id, ref, "--at", "1")
        assert result.code == 2 and "'a.png' is not footage" in result.err  # found, then refused
    unknown = cli("still", case_id, "zzzz", "--at", "1")
    assert unknown.code == 2 and unknown.err == "casedesk: No evidence item in this case matches 'zzzz'.\n"
