"""CaseReader: paged, read-only queries over one case, all seeing the moment the reader opened."""

from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.demo import create_demo_case
from casedesk.core.errors import NotFoundError
from casedesk.core.service import CaseService
from casedesk.core.views import ChecklistProgress


def _add(svc: CaseService, case_id: str, folder: Path, count: int, *, first: int = 0) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(first, first + count):  # distinct pictures: the same file twice is one item
        path = folder / f"item-{n}.png"
        Image.new("RGB", (24, 16), (40 * n % 256, 90, 200)).save(path)
        paths.append(path)
    ids = [result.evidence_id for result in svc.add_files(case_id, paths)]
    assert all(ids)
    return [i for i in ids if i]


def test_rows_page_in_catalogue_or_sha256_order_and_leave_out_the_trash(
    svc: CaseService, tmp_path: Path
) -> None:
    case_id = svc.create_case("Rows").id
    ids = _add(svc, case_id, tmp_path / "a", 5)
    svc.trash_evidence(ids[2])
    other = svc.create_case("Other").id
    [elsewhere] = _add(svc, other, tmp_path / "b", 1)
    catalogue = svc.evidence_page(case_id)
    with svc.reader(case_id) as reader:
        pages = [reader.evidence_rows(offset, 2) for offset in (0, 2, 4)]
        by_sha = reader.evidence_rows(0, 10, by_sha256=True)
        assert [ev.id for ev in reader.evidence_page(1, 2)] == [ev.id for ev in catalogue[1:3]]
        assert reader.evidence_row(ids[0]) == pages[0][0]
        assert reader.evidence_row(ids[2]) is None  # trashed
        assert reader.evidence_row(elsewhere) is None  # another case's
    assert [row.id for page in pages for row in page] == [ev.id for ev in catalogue]
    assert pages[2] == []
    assert [row.sha256 for row in by_sha] == sorted(ev.sha256 for ev in catalogue)
    first = pages[0][0]
    view = catalogue[0]
    assert (first.sha256, first.size, first.original_name, first.kind) == (
        view.sha256,
        view.size,
        view.original_name,
        view.kind,
    )


def test_checks_come_per_item_in_checklist_order(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Checks").id
    first, second = _add(svc, case_id, tmp_path, 2)
    svc.set_check(svc.checklist(case_id, second)[1].id, "passed", "Matches the sun angle.")
    with svc.reader(case_id) as reader:
        checks = reader.checks([first, second])
        assert reader.checks([]) == {}
    assert checks == {first: svc.checklist(case_id, first), second: svc.checklist(case_id, second)}


def test_positions_and_check_progress_agree_with_the_full_views(svc: CaseService) -> None:
    """The light queries a report's map and checklist table use say what the full views say."""
    case_id = create_demo_case(svc)
    catalogue = svc.evidence_page(case_id)
    located = [ev for ev in catalogue if ev.gps is not None]
    assert located  # the demo's photo carries GPS
    svc.set_check(svc.checklist(case_id, catalogue[0].id)[0].id, "failed", "Shadows disagree.")
    with svc.reader(case_id) as reader:
        positions = reader.evidence_positions()
        ids = [ev.id for ev in catalogue]
        progress = reader.check_progress(ids)
        checks = reader.checks(ids)
        rows = {row.id: row for offset in range(0, len(ids), 5) for row in reader.evidence_rows(offset, 5)}
        assert reader.check_progress([]) == {}
    assert positions == [(rows[ev.id], ev.gps) for ev in located]
    assert progress == {item: ChecklistProgress.of(views) for item, views in checks.items()}
    assert progress[catalogue[0].id].counts.get("failed") == 1
    svc.trash_evidence(located[0].id)
    with svc.reader(case_id) as reader:
        assert located[0].id not in {row.id for row, _ in reader.evidence_positions()}


def test_custody_entries_page_by_sequence_number(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Log").id
    _add(svc, case_id, tmp_path, 3)
    log = svc.custody_log(case_id)
    with svc.reader(case_id) as reader:
        head = reader.custody_entries(0, 2)
        rest = reader.custody_entries(head[-1].seq, 100)
        assert reader.custody_entries(log[-1].seq, 100) == []
    assert head + rest == log


def test_investigators_are_named_in_the_order_of_their_first_entry(svc: CaseService) -> None:
    case_id = svc.create_case("Who").id
    first = svc.investigator
    svc.investigator = "Second Investigator"
    svc.add_note(case_id, "seen")
    svc.investigator = first
    svc.add_note(case_id, "checked")
    log = svc.custody_log(case_id)
    with svc.reader(case_id) as reader:
        named = reader.investigators()
    assert named == list(dict.fromkeys(entry.investigator for entry in log))
    if svc.workspace.db.url is None:  # a team database names each entry's database role instead
        assert named == [first, "Second Investigator"]


def test_overview_is_the_case_without_its_items(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Overview", "A summary.", tags=["mali"]).id
    ids = _add(svc, case_id, tmp_path, 3)
    svc.trash_evidence(ids[0])
    source = svc.add_source(case_id, "A channel").id
    claim = svc.add_claim(case_id, "A claim").id
    svc.link_claim_evidence(claim, ids[1])
    svc.link_claim_source(claim, source)
    svc.add_note(case_id, "A note.")
    view = svc.case_view(case_id)
    with svc.reader(case_id) as reader:
        overview = reader.overview()
    assert (overview.evidence_count, overview.trash_count) == (len(view.evidence), len(view.trash))
    assert overview.checklist == [c for c in view.checklist if c.evidence_id is None]
    assert overview.checklist_progress == view.checklist_progress
    log = svc.custody_log(case_id)
    assert overview.custody_count == len(log) == view.custody_count
    assert (overview.custody_first, overview.custody_head) == (log[0], log[-1])
    assert (overview.title, overview.summary, overview.status, overview.tags) == (
        view.title,
        view.summary,
        view.status,
        view.tags,
    )
    assert (overview.sources, overview.claims, overview.notes) == (view.sources, view.claims, view.notes)
    assert (overview.timeline, overview.places, overview.related_case_ids) == (
        view.timeline,
        view.places,
        view.related_case_ids,
    )


def test_a_reader_sees_the_case_as_it_was_when_opened(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Moment").id
    ids = _add(svc, case_id, tmp_path / "a", 3)
    with svc.reader(case_id) as reader:
        before = reader.overview()
        assert before.custody_head is not None
        svc.update_evidence(ids[0], description="written while the reader was open")
        svc.trash_evidence(ids[1])
        _add(svc, case_id, tmp_path / "b", 1, first=3)
        assert reader.overview() == before
        assert [ev.description for ev in reader.evidence_page(0, 10)] == ["", "", ""]
        assert len(reader.evidence_rows(0, 10)) == 3
        assert reader.custody_entries(before.custody_head.seq, 10) == []
    with svc.reader(case_id) as later:
        assert later.overview().evidence_count == 3  # one trashed, one added
        assert later.evidence_page(0, 1)[0].description == "written while the reader was open"


def test_an_unknown_case_has_no_reader(svc: CaseService) -> None:
    with pytest.raises(NotFoundError), svc.reader("no-such-case"):
        pass
