"""The shipped translations are complete and current: every message of every catalogue in
``resources/translations`` (the interface's ``casedesk_*.ts``, and any other, such as the report's) is
translated, with the right number of plural forms; the interface's catalogues hold every message of the
current code; and each shipped .qm is what its .ts compiles to.

These tests fail while the translators are still at work (unfinished messages, a .ts older than the
code, a .qm not compiled again): that is what they are for.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import casedesk.ui
from casedesk.ui.i18n import SUPPORTED, translations_dir

UI = Path(casedesk.ui.__file__).parent
NUMERUS_FORMS = {"fr": 2, "ar": 6}  # Qt's plural rules: French one/other; Arabic zero/one/two/few/many/other
TRANSLATED = [code for code in SUPPORTED if code != "en"]
PLACEHOLDER = re.compile(r"\{\w*\}")
SHOWN = 12  # problems listed in a failure message


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    assert path, f"{name} comes with PySide6"
    return path


def ts_file(code: str) -> Path:
    return translations_dir() / f"casedesk_{code}.ts"


def catalogues() -> list[Path]:
    """Every .ts shipped: casedesk_<lang>.ts for the interface, and any other catalogue (report_<lang>)."""
    return sorted(translations_dir().glob("*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.rsplit("_", 1)[-1]


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def problems_in(ts: Path, code: str) -> list[str]:
    """Every message that is not translated as it must be, in words."""
    found: list[str] = []
    language = ET.parse(ts).getroot().get("language", "")
    if language.split("_")[0] != code:
        found.append(f"the file says language={language!r}, not {code!r}")
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation is None:
            found.append(f"{where} has no translation")
            continue
        kind = translation.get("type", "")
        if kind in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where} is {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != NUMERUS_FORMS[code]:
                found.append(f"{where} has {len(forms)} plural forms, not {NUMERUS_FORMS[code]}")
            texts = forms
        else:
            texts = [translation.text or ""]
        if any(not text.strip() for text in texts):
            found.append(f"{where} has an empty translation")
        for text in texts:
            extra = set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source))
            if extra:  # str.format would fail on them at run time
                found.append(f"{where}: the translation {text!r} uses {sorted(extra)}, unknown to the source")
    return found


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    code = language_of(ts)
    assert code in NUMERUS_FORMS, f"{ts.name}: a language CaseDesk does not know"
    problems = problems_in(ts, code)
    summary = "\n".join(problems[:SHOWN])
    assert not problems, f"{len(problems)} problem(s) in {ts.name}, first:\n{summary}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_ts_has_every_message_of_the_code(code: str, tmp_path: Path) -> None:
    """The .ts was updated after the interface's last change (lupdate run on the current code)."""
    fresh = tmp_path / f"current_{code}.ts"
    files = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(context, m.findtext("source")) for context, m in messages(fresh)}
    shipped = {(context, m.findtext("source")) for context, m in messages(ts_file(code))}
    missing = sorted(wanted - shipped, key=str)
    listed = "\n".join(map(str, missing[:SHOWN]))
    assert not missing, (
        f"{len(missing)} message(s) of the code are not in casedesk_{code}.ts, first:\n{listed}"
    )


def compiled_catalogues() -> list[Path]:
    """The .ts files a .qm is shipped for (the interface's always: it loads the .qm)."""
    return [ts for ts in catalogues() if ts.name.startswith("casedesk_") or ts.with_suffix(".qm").exists()]


@pytest.mark.parametrize("ts", compiled_catalogues(), ids=lambda p: p.name)
def test_the_shipped_qm_is_what_the_ts_compiles_to(ts: Path, tmp_path: Path) -> None:
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is not shipped"
    compiled = tmp_path / shipped.name
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} differs from what {ts.name} compiles to: run pyside6-lrelease again"
    )


def test_each_translation_has_its_ts_and_qm() -> None:
    folder = translations_dir()
    ts = {p.stem.removeprefix("casedesk_") for p in folder.glob("casedesk_*.ts")}
    qm = {p.stem.removeprefix("casedesk_") for p in folder.glob("casedesk_*.qm")}
    assert ts == qm == set(TRANSLATED)


# -- the checks themselves, on planted files --------------------------------------------------------

PLANTED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context><name>Tab</name>
<message><source>Done</source><translation>تم</translation></message>
<message><source>Todo</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">ذهب</translation></message>
<message><source>Old</source><translation type="obsolete">قديم</translation></message>
<message><source>Blank</source><translation></translation></message>
<message><source>Hi {0}</source><translation>مرحبا {1}</translation></message>
<message numerus="yes"><source>%Ln item(s)</source><translation>
<numerusform>لا عناصر</numerusform><numerusform>عنصر واحد</numerusform></translation></message>
<message numerus="yes"><source>%Ln hit(s)</source><translation>
<numerusform>a</numerusform><numerusform>b</numerusform><numerusform>c</numerusform>
<numerusform>d</numerusform><numerusform>e</numerusform>
<numerusform>f %Ln</numerusform></translation></message>
</context>
</TS>
"""


def test_the_check_finds_every_kind_of_gap(tmp_path: Path) -> None:
    planted = tmp_path / "casedesk_ar.ts"
    planted.write_text(PLANTED, "utf-8")
    found = problems_in(planted, "ar")
    assert len(found) == 6, found
    for words in ("'Todo' is unfinished", "'Gone' is vanished", "'Old' is obsolete", "'Blank' has an empty"):
        assert any(words in problem for problem in found), (words, found)
    assert any("2 plural forms, not 6" in problem for problem in found)
    assert any("['{1}'], unknown to the source" in problem for problem in found)
    assert not any("hit(s)" in problem or "'Done'" in problem for problem in found)
    assert any("language='ar', not 'fr'" in problem for problem in problems_in(planted, "fr"))
