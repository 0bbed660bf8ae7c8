"""Workspace-wide search over 100,000 records in English, French and Arabic, against bare FTS5.

Makes its own workspace in a temporary folder: five cases (created through the service) holding
100,000 records between them, 60 % notes and 40 % claims (a third of the claims with notes of their
own too), each record in one language (about 40 % English, 30 % French, 30 % Arabic). The text comes
from generated word lists with a Zipf-like spread (function words common, place names rare),
French with its accents, Arabic with alef variants, ة/ى endings, a third of the records fully or
partly vowelled (harakat, shadda, tanwin) and some tatweel.

Setup, as fast as possible: the rows are inserted in bulk through the workspace's own session
(``insert(Note)``, ``insert(Claim)``), and their ``search_entry`` rows with them (the FTS5 index over
them follows by its triggers), made by the product's own index maintenance (``casedesk.core.search``:
``INDEXED_FIELDS``, ``OBJECT_TYPES``, ``entries`` and ``INSERT_ENTRY``); one record added both ways is
checked to index identically, and a few records are added through the service itself (``add_note``,
``add_claim``), timed at full size.

Interleaved rounds (bench/_rounds.py) over QUERIES (33 queries, a third in each language: common
and rare words, two-word queries, a prefix, French without its accents, Arabic with and without
harakat), each query timed once a round:
  ours           — ``svc.search(query)``, the call the GUI's search box and ``casedesk search`` make
                   (folding, MATCH, case titles, display order, excerpts), each round's median query;
  floor          — a bare FTS5 query for the same terms (the product's own match expression) on a
                   bare table holding the same folded text (same rowids), same tokenizer, returning
                   as many rows, best first: ``SELECT rowid, body FROM bare WHERE bare MATCH ? ORDER BY
                   rank LIMIT 200``, each round's median query;
  unranked_floor — for reference: the same without ``ORDER BY rank`` (the first 200 matches).
Before the rounds, every query's hits are checked to be the very rows the floor returns (the same
set of index rows), not only as many. Targets: a median query time under 20 ms, and a median
ratio_to_floor of at most 1.5. The JSON also has each query's median time, ours and floor's, and its
number of matching rows.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from _rounds import ROUNDS, Step, emit, note, private_config, run_rounds, sig, with_targets
from casedesk.core.models import Claim, Note, new_id
from casedesk.core.search import INDEXED_FIELDS, INSERT_ENTRY, OBJECT_TYPES, entries, match_expression
from casedesk.core.service import CaseService

RECORDS = 100_000
LIMIT = 200  # the product's search limit (casedesk.core.search.search)
TARGET_SECONDS = 0.020
TARGET_RATIO = 1.5
SEED = 18


def _words(text: str) -> list[str]:
    return text.split()


CASES = (
    ("Convoy strike on the northern highway", "en"),
    ("Frappe de drone près de la frontière", "fr"),
    ("قصف المستشفى في المدينة القديمة", "ar"),
    ("Mass graves near the river crossing", "en"),
    ("Bombardement du marché central", "fr"),
)
LANGUAGES = (("en", 0.4), ("fr", 0.3), ("ar", 0.3))

# Function words first: drawn most often (the Zipf-like weights fall with the position in a list).
ENGLISH = _words(
    """
the of and to in a on at was were from by with near after before during is are has had been that
this it they their said reported according local residents officials sources footage video photo
showed shows appears convoy checkpoint drone strike ambulance hospital border village bridge
road highway market school mosque church satellite imagery witness witnesses soldiers militia
fighters civilians casualties killed wounded injured displaced refugees camp shelling artillery
rocket missile airstrike explosion crater smoke fire vehicle vehicles truck trucks tank armoured
patrol geolocated geolocation verified unverified claim claims source telegram channel account
posted uploaded metadata timestamp shadow shadows analysis morning evening night north south
east west eastern western northern southern river valley hill ridge airport base power plant
station water supply aid food humanitarian journalist journalists ministry spokesperson
statement denied confirmed blamed attack attacks damage destroyed building buildings apartment
residential district neighbourhood street intersection kilometres metres approximately several
dozens hundreds children women men family families funeral burial grave graves mass detention
prison prisoners arrest arrested protest protesters police crowd gunfire sniper ceasefire
negotiations election electricity shortage fuel winter summer tuesday wednesday thursday friday
saturday sunday monday
"""
)
FRENCH = _words(
    """
le la les de des du un une et à au aux dans sur près vers par avec pour a été sont était selon
après avant pendant habitants responsables sources images vidéo photo montre semble convoi poste
contrôle drone frappe ambulance hôpital frontière village pont route autoroute marché école
mosquée église satellite témoin témoins soldats milice combattants civils victimes tués blessés
déplacés réfugiés camp bombardement artillerie roquette missile explosion cratère fumée incendie
véhicule véhicules camion camions char blindés patrouille géolocalisé géolocalisation vérifié
vérifiée affirmation chaîne compte publié métadonnées horodatage ombre ombres analyse matin soir
nuit nord sud est ouest oriental occidental rivière vallée colline aéroport base centrale
électrique gare eau approvisionnement aide nourriture humanitaire journaliste journalistes
ministère porte-parole déclaration démenti confirmé accusé attaque attaques dégâts détruit
bâtiment bâtiments immeuble résidentiel quartier rue carrefour kilomètres mètres environ
plusieurs dizaines centaines enfants femmes hommes famille familles funérailles tombe tombes
fosse commune détention prison prisonniers arrestation arrêtés manifestation manifestants police
foule tirs tireur sécurité forces armée gouvernement rebelles opposition cessez-le-feu
négociations élections électricité pénurie carburant hiver déjà très où cœur lundi mardi
mercredi jeudi vendredi samedi dimanche
"""
)
ARABIC = _words(
    """
في من إلى على عن مع بعد قبل خلال أن قال أكد أفاد وفق حسب مصادر مصدر محلية التي الذي هذا هذه كان
كانت قافلة حاجز طائرة مسيرة غارة قصف مدفعية صاروخ صواريخ انفجار حفرة دخان حريق سيارة سيارات
شاحنة شاحنات دبابة مدرعة دورية مستشفى إسعاف الحدود حدود قرية جسر طريق سوق مدرسة مسجد كنيسة فيديو
صورة صور أقمار صناعية شاهد شهود جنود ميليشيا مقاتلين مدنيين قتلى جرحى مصابين نازحين لاجئين مخيم
الشمال الجنوب الشرق الغرب نهر وادي تلة مطار قاعدة محطة كهرباء مياه مساعدات غذاء إنسانية صحفي
صحفيين سكان مسؤولين وزارة متحدث بيان نفى تأكيد اتهم هجوم هجمات أضرار دمار مبنى مباني سكني حي
شارع تقاطع كيلومتر متر حوالي عدة عشرات مئات أطفال نساء رجال عائلة عائلات جنازة مقبرة قبر جماعية
اعتقال سجن معتقلين مظاهرة متظاهرين شرطة حشد غاز إطلاق نار قناص الأمن قوات الجيش الحكومة المعارضة
وقف مفاوضات انتخابات التسريبات الصوتية تؤكد وجود مدينة المدينة منطقة المنطقة صباح مساء ليلة يوم
الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد آثار إصابة
"""
)
PLACES = {
    "en": _words("Kharkiv Mariupol Idlib Aleppo Khartoum Omdurman Rafah Bakhmut Kherson Sirte Mosul Raqqa"),
    "fr": _words("Kharkiv Marioupol Idleb Alep Khartoum Omdourman Rafah Bakhmout Kherson Syrte Mossoul"),
    "ar": _words("خاركيف ماريوبول إدلب حلب الخرطوم أم_درمان رفح باخموت خيرسون سرت الموصل الرقة"),
}
HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652")  # fatha, damma, kasra, sukun
SHADDA, TANWIN, TATWEEL = "\u0651", "\u064b", "\u0640"

QUERIES: tuple[tuple[str, str], ...] = (
    ("en", "convoy"),
    ("en", "checkpoint"),
    ("en", "drone strike"),
    ("en", "ambulance hospital"),
    ("en", "satellite imagery"),
    ("en", "geoloc"),
    ("en", "the border"),
    ("en", "mass graves"),
    ("en", "Bakhmut"),
    ("en", "sniper gunfire"),
    ("en", "the"),
    ("fr", "sécurité"),
    ("fr", "securite"),
    ("fr", "frontière"),
    ("fr", "témoins"),
    ("fr", "hôpital"),
    ("fr", "bombardement"),
    ("fr", "véhicules blindés"),
    ("fr", "cessez-le-feu"),
    ("fr", "fosse commune"),
    ("fr", "Marioupol"),
    ("ar", "قتلى"),
    ("ar", "قَتْلَى"),
    ("ar", "مستشفى"),
    ("ar", "الحدود"),
    ("ar", "طائرة مسيرة"),
    ("ar", "اكد"),
    ("ar", "أكد"),
    ("ar", "جرحى"),
    ("ar", "قصف"),
    ("ar", "سيارة إسعاف"),
    ("ar", "الموصل"),
    ("en", "verified footage"),
)


class Writer:
    """Sentences in one language, words drawn with Zipf-like weights (rank ** -0.9)."""

    def __init__(self, language: str, rng: random.Random) -> None:
        words = {"en": ENGLISH, "fr": FRENCH, "ar": ARABIC}[language]
        self.language, self.rng = language, rng
        self.words = list(dict.fromkeys(words))
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(len(self.words))]
        self.places = [p.replace("_", " ") for p in PLACES[language]]

    def sentence(self, low: int, high: int) -> str:
        rng = self.rng
        words = rng.choices(self.words, self.weights, k=rng.randint(low, high))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(self.places))
        if rng.random() < 0.2:
            words.append(f"{rng.randrange(1, 60)} km")
        if self.language == "ar":
            vowelled = rng.random()
            if vowelled < 0.33:  # a third of the Arabic text carries harakat, fully or in part
                words = [self._vowel(w, 0.8 if vowelled < 0.15 else 0.3) for w in words]
            words = [self._tatweel(w) if rng.random() < 0.03 else w for w in words]
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def _vowel(self, word: str, share: float) -> str:
        rng, out = self.rng, []
        for ch in word:
            out.append(ch)
            if "\u0621" <= ch <= "\u064a" and rng.random() < share:
                if rng.random() < 0.1:
                    out.append(SHADDA)
                out.append(rng.choice(HARAKAT))
        if rng.random() < 0.05:
            out.append(TANWIN)
        return "".join(out)

    def _tatweel(self, word: str) -> str:
        if len(word) < 3:
            return word
        at = self.rng.randrange(1, len(word) - 1)
        return word[:at] + TATWEEL + word[at:]


def index_rows(obj_type: type[Any], row: dict[str, Any]) -> list[dict[str, str]]:
    """The search_entry rows the product's maintenance makes for a new object (core/search.py)."""
    values = [(field, row.get(field)) for field in INDEXED_FIELDS[obj_type]]
    return entries(OBJECT_TYPES[obj_type], row["case_id"], row["id"], values)


def make_records(case_ids: list[str], count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    writers = {lang: Writer(lang, rng) for lang, _ in LANGUAGES}
    languages = [lang for lang, _ in LANGUAGES]
    weights = [share for _, share in LANGUAGES]
    notes: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    positions = dict.fromkeys(case_ids, 0)
    for n in range(count):
        case_id = case_ids[n % len(case_ids)]
        writer = writers[rng.choices(languages, weights)[0]]
        if n % 5 < 3:
            notes.append({"id": new_id(), "case_id": case_id, "text": writer.sentence(15, 60)})
        else:
            claims.append(
                {
                    "id": new_id(),
                    "case_id": case_id,
                    "position": positions[case_id],
                    "text": writer.sentence(8, 25),
                    "language": writer.language,
                    "notes": writer.sentence(5, 30) if rng.random() < 0.33 else "",
                }
            )
            positions[case_id] += 1
    return notes, claims


def build(svc: CaseService) -> tuple[list[str], dict[str, Any]]:
    case_ids = [svc.create_case(title, f"Benchmark case ({lang}).").id for title, lang in CASES]
    started = time.perf_counter()
    # The same record added both ways indexes identically: the bulk path is the product's.
    probe_text = "Convoi de véhicules blindés près du pont; قَتْلَى و جرحى near the checkpoint."
    by_service = svc.add_note(case_ids[0], probe_text).created[0]
    probe = {"id": new_id(), "case_id": case_ids[0], "text": probe_text}
    notes, claims = make_records(case_ids, RECORDS - 1)
    notes.append(probe)
    made = time.perf_counter() - started
    with svc.workspace.db.write() as s:
        s.execute(insert(Note), notes)
        s.execute(insert(Claim), claims)
        rows = [r for note_row in notes for r in index_rows(Note, note_row)]
        rows += [r for claim_row in claims for r in index_rows(Claim, claim_row)]
        s.execute(INSERT_ENTRY, rows)
    with svc.workspace.db.read() as s:
        both = s.execute(
            text("SELECT object_id, field, original, body FROM search_entry WHERE object_id IN (:a, :b)"),
            {"a": by_service, "b": probe["id"]},
        ).all()
    assert len(both) == 2 and both[0][1:] == both[1][1:], both
    note(f"made {RECORDS:,} records in {made:.1f} s, inserted with {len(rows):,} index rows")
    # A few records through the service itself, at full size: what one indexed write costs there.
    adds = []
    for n, case_id in enumerate(case_ids):
        t = time.perf_counter()
        svc.add_note(case_id, f"Follow-up {n}: the convoy was seen again at the checkpoint.")
        adds.append(time.perf_counter() - t)
        t = time.perf_counter()
        svc.add_claim(case_id, f"Les témoins {n} confirment le bombardement du marché.", language="fr")
        adds.append(time.perf_counter() - t)
    with svc.workspace.db.read() as s:
        total = s.execute(text("SELECT count(*) FROM search_entry")).scalar_one()
    return case_ids, {
        "records": RECORDS + len(adds),
        "index_rows": total,
        "setup_seconds": round(time.perf_counter() - started, 1),
        "service_add_seconds": sig(statistics.median(adds)),
    }


def bare_table(svc: CaseService, path: Path) -> sqlite3.Connection:
    """A bare FTS5 table holding the same folded text, with the same tokenizer and rowids (so that
    its rows can be told apart from ours by rowid when the results are compared)."""
    with svc.workspace.db.read() as s:
        bodies = [(r[0], r[1]) for r in s.execute(text("SELECT id, body FROM search_entry"))]
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE bare USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO bare (rowid, body) VALUES (?, ?)", bodies)
    db.commit()
    return db


def same_rows(svc: CaseService, db: sqlite3.Connection, ranked: str, expressions: dict[str, str]) -> None:
    """Each query's hits are the rows the floor returns: the same set of index rows, not just as many."""
    with svc.workspace.db.read() as s:
        ids = {
            (t, i, f): n
            for n, t, i, f in s.execute(text("SELECT id, object_type, object_id, field FROM search_entry"))
        }
    for query, expression in expressions.items():
        ours = sorted(ids[(h.object_type, h.object_id, h.field)] for h in svc.search(query))
        floor = sorted(r[0] for r in db.execute(ranked, (expression,)))
        assert ours == floor, (query, len(set(ours) ^ set(floor)))


def timed_queries(run_one: Callable[[str], int], queries: list[str], times: dict[str, list[float]]) -> float:
    """Each query once; the median query time (each query's time kept too)."""
    spent = []
    for query in queries:
        t = time.perf_counter()
        run_one(query)
        elapsed = time.perf_counter() - t
        times[query].append(elapsed)
        spent.append(elapsed)
    return statistics.median(spent)


def main() -> None:
    private_config()
    queries = [q for _, q in QUERIES]
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-search-") as tmp:
        svc = CaseService.open(Path(tmp) / "workspace", "Bench")
        try:
            _, built = build(svc)
            db = bare_table(svc, Path(tmp) / "bare.sqlite")
            expressions = {q: match_expression(q) or "" for q in queries}
            ranked = f"SELECT rowid, body FROM bare WHERE bare MATCH ? ORDER BY rank LIMIT {LIMIT}"
            unranked = f"SELECT rowid, body FROM bare WHERE bare MATCH ? LIMIT {LIMIT}"

            def ours(q: str) -> int:
                return len(svc.search(q))

            def floor(q: str) -> int:
                return len(db.execute(ranked, (expressions[q],)).fetchall())

            def unranked_floor(q: str) -> int:
                return len(db.execute(unranked, (expressions[q],)).fetchall())

            hits = {q: ours(q) for q in queries}  # also the warm-up, for both
            assert all(hits[q] == floor(q) == unranked_floor(q) for q in queries), hits
            assert hits["قتلى"] == hits["قَتْلَى"] and hits["securite"] == hits["sécurité"], hits
            same_rows(svc, db, ranked, expressions)
            matches = {
                q: db.execute("SELECT count(*) FROM bare WHERE bare MATCH ?", (e,)).fetchone()[0]
                for q, e in expressions.items()
            }
            times: dict[str, dict[str, list[float]]] = {
                name: {q: [] for q in queries} for name in ("ours", "floor", "unranked_floor")
            }

            def step(name: str, fn: Callable[[str], int]) -> Step:
                return Step(lambda: timed_queries(fn, queries, times[name]), per=len(queries))

            steps = {
                "ours": step("ours", ours),
                "floor": step("floor", floor),
                "unranked_floor": step("unranked_floor", unranked_floor),
            }
            rounds = run_rounds(steps, max(ROUNDS, 7))
            db.close()
        finally:
            svc.close()
    fields = with_targets(rounds.compare("ours", "floor"), seconds=TARGET_SECONDS, ratio=TARGET_RATIO)
    per_query = {
        q: {
            "ms": round(statistics.median(times["ours"][q]) * 1000, 2),
            "floor_ms": round(statistics.median(times["floor"][q]) * 1000, 2),
            "matches": matches[q],
            "hits": hits[q],
        }
        for q in queries
    }
    by_language = {
        lang: round(statistics.median(per_query[q]["ms"] for lg, q in QUERIES if lg == lang), 2)
        for lang, _ in LANGUAGES
    }
    slowest = max(queries, key=lambda q: per_query[q]["ms"])
    emit(
        {
            "name": "search",
            **built,
            "cases": len(CASES),
            "queries": len(queries),
            **fields,
            "unranked_floor_seconds": sig(rounds.median("unranked_floor")),
            "median_ms_by_language": by_language,
            "slowest_query": slowest,
            "cache": "warm",
            "per_query": per_query,
        }
    )


if __name__ == "__main__":
    main()
