"""``casedesk ocr``: the text per item, as text or JSON; evidence named by unique id prefix."""

from __future__ import annotations

from typing import Any

from .conftest import ARABIC, PAGES


def _case_with(cli: Any, *paths: object) -> tuple[str, list[str]]:
    case_id = cli("case", "new", "Signs").out.strip()
    added = cli("add", case_id, *paths, "--json").json()
    return case_id, [item["evidence_id"] for item in added]


def test_ocr_prints_the_text_of_each_item(cli: Any) -> None:
    case_id, (arabic, hello) = _case_with(cli, ARABIC.path, PAGES[0].path)
    result = cli("ocr", case_id[:8], arabic[:8], hello[:8])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith(f"{arabic[:8]}  {ARABIC.image}  (tesseract 5.")
    assert "ara+fra+eng" in lines[0]
    assert lines[1].startswith("  منزل حصين دونه")
    assert "  Hello Google" in lines


def test_ocr_json(cli: Any) -> None:
    case_id, (hello,) = _case_with(cli, PAGES[0].path)
    result = cli("ocr", case_id, hello, "--lang", "eng", "--json")
    assert result.code == 0, result.err
    (item,) = result.json()
    assert item["evidence"] == hello and item["lang"] == "eng" and item["text"] == "Hello Google"
    assert [w["text"] for w in item["words"]] == ["Hello", "Google"]
    assert set(item["words"][0]) == {
        "text",
        "x",
        "y",
        "w",
        "h",
        "confidence",
        "block",
        "paragraph",
        "line",
        "word",
        "page",
    }
    assert item["words"][0]["page"] == 0
    assert item["error"] is None and item["engine"].startswith("tesseract 5.")
    assert [e["action"] for e in cli("log", case_id, "--json").json()][-1] == "text_recognise"


def test_ocr_errors_are_one_line(cli: Any, tmp_path: Any) -> None:
    case_id, (hello,) = _case_with(cli, PAGES[0].path)
    missing = cli("ocr", case_id, hello, "--lang", "hin")
    assert missing.code == 1
    assert (
        missing.err
        == "casedesk: Tesseract has no data for hin. Install the Debian package(s) tesseract-ocr-hin.\n"
    )
    bad = cli("ocr", case_id, hello, "--lang", "eng;ls")
    assert bad.code == 2 and bad.err.startswith("casedesk: eng;ls is not a list of Tesseract languages")
    unknown = cli("ocr", case_id, "ffffffff")
    assert unknown.code == 2
    cut = tmp_path / "cut.png"
    cut.write_bytes(ARABIC.path.read_bytes()[:1200])
    (damaged,) = [i["evidence_id"] for i in cli("add", case_id, cut, "--json").json()]
    result = cli("ocr", case_id, damaged, "--lang", "ara")
    assert result.code == 1 and "  error: The PNG image data could not be decoded" in result.out
