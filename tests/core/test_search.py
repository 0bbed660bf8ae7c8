from casedesk.core.search import fold, match_expression
from casedesk.core.service import CaseService


def test_fold_removes_arabic_harakat_and_latin_accents() -> None:
    assert fold("قَتْلَى") == fold("قتلى") == fold("قتلي")
    assert fold("أكد") == fold("اكد")
    assert fold("Sécurité") == "securite"


def test_match_expression_neutralises_fts_syntax() -> None:
    assert match_expression('drone" OR x') == '"drone"""* "or"* "x"*'
    assert match_expression("   ") is None


def test_search_finds_arabic_french_english_grouped_by_case(svc: CaseService) -> None:
    a = svc.create_case("Frappe de drone", "Rapport de sécurité près de la frontière").id
    b = svc.create_case("Other case", "Nothing related").id
    svc.add_claim(a, "التسريبات الصوتية تؤكد وجود قتلى و جرحى", language="ar")
    svc.add_claim(b, "Trucks were seen near the border")
    note = svc.add_note(b, "drone footage <b>&amp; markup</b>").id

    arabic = svc.search("قَتْلَى")
    assert [(h.case_id, h.object_type) for h in arabic] == [(a, "claim")]
    assert {h.case_id for h in svc.search("securite")} == {a}
    hits = svc.search("drone")
    assert {h.case_id for h in hits} == {a, b}
    assert any(h.object_id == note and "<b>" in h.excerpt for h in hits)
    assert svc.search('"unbalanced') == []


def test_search_index_follows_edits(svc: CaseService) -> None:
    case_id = svc.create_case("Index follows").id
    claim = svc.add_claim(case_id, "first wording").id
    assert svc.search("wording")
    svc.update_claim(claim, text="second phrasing")
    assert svc.search("wording") == []
    assert svc.search("phrasing")[0].object_id == claim
