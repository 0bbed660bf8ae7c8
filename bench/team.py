"""A team workspace at scale: 1,000,000 evidence rows over 100 cases on a real PostgreSQL server, its
originals in a real S3 store (SeaweedFS), both started here in throw-away folders.

How the data is made (ingesting a million files would take days): 20 small real pictures are added
to the first case through ``svc.add_files`` (originals uploaded, thumbnails made and published,
custody entries written); then, **in this bench only**, one ``INSERT ... SELECT`` over
``generate_series`` copies their evidence rows up to 100,000 in that case and 900,000 over the other
99 (each copy a new id, name and time added, sharing its source's original and thumbnail), and a
second one gives each copy its search entry (its name, folded, as the search module indexes it).
``CASEDESK_BENCH_SCALE`` (default 1) scales the row counts.

Figures (medians of interleaved rounds, bench/_rounds.py style, floor and ours in the same run):

- seconds: opening the 100,000-item case in the Evidence pane offscreen until the model holds every
  row; floor_seconds: the pane's own read of the case's light rows (``loader.read_rows``), no Qt;
  first_screen_seconds: until the first page is in the grid (``show_case`` returning; target < 2 s);
- search_median_ms: ``CaseService.search`` over eight queries as the workspace's administrator
  (target < 50 ms), investigator_search_median_ms: the same as an investigator's role, which
  row-level security holds (target < 50 ms too); search_floor_median_ms: the administrator's SQL
  (search.py's ``_TOP_PG``) sent straight through psycopg;
- ingest: 1,000 small PNGs into one case from 4 client processes (250 each, every result "added",
  the chain verified afterwards) and from one client (1,000); upload_floor: the same bytes put to the
  bucket with boto3 from 4 threads; ingest_ratio_to_floor = the floor's files/s over the 4 clients'.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the test suite's real servers

from casedesk.core.location import WorkspaceLocation  # noqa: E402
from casedesk.core.models import Evidence  # noqa: E402
from casedesk.core.service import CaseService  # noqa: E402
from team.postgres_server import start_server, stop_server  # noqa: E402
from team.seaweed_server import admin_client, running_server  # noqa: E402

SCALE = float(os.environ.get("CASEDESK_BENCH_SCALE", "1"))
ROWS, BIG, CASES, SOURCES = int(1_000_000 * SCALE), int(100_000 * SCALE), 100, 20
FILES, CLIENTS = 1000, 4
QUERIES = ["photo", "copy 12", "photo_007", "copy", "bench", "photo_01 copy 3", "zzz", "copy 4"]
TARGETS = {"first_screen_s": 2.0, "search_median_ms": 50.0}
INVESTIGATOR = "bench_investigator"  # a role row-level security holds, as every investigator's is

_CLIENT = """
import sys
from pathlib import Path
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
db, store, folder, case_id, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
svc = CaseService.open(WorkspaceLocation(Path(folder), database_url=db, store_url=store), "bench")
try:
    bad = [r.error for r in svc.add_files(case_id, [Path(f) for f in files]) if r.status != "added"]
    assert not bad, bad
finally:
    svc.close()
"""


def pictures(folder: Path, count: int, tag: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"photo_{i:03d}.png"
        image = Image.new("RGB", (64, 48), ((i * 37 + tag) % 256, (i * 11) % 256, (tag * 5) % 256))
        image.putpixel((0, 0), (i % 256, i // 256, tag))  # every file its own content
        image.save(path)
        paths.append(path)
    return paths


def build(svc: CaseService, folder: Path) -> list[str]:
    cases = [svc.create_case(f"Bench case {i:03d}").id for i in range(CASES)]
    results = svc.add_files(cases[0], pictures(folder / "sources", SOURCES, 0))
    assert all(r.status == "added" for r in results), [r.error for r in results]
    columns = [c.name for c in Evidence.__table__.columns]
    made = {
        "id": "md5(random()::text || g::text)::uuid::text",
        "case_id": f"CASE WHEN g <= {BIG - SOURCES} THEN '{cases[0]}' "
        f"ELSE (CAST(:others AS text[]))[1 + g % {CASES - 1}] END",
        "original_name": "t.original_name || ' copy ' || g::text",
        "added_at": "t.added_at",
    }
    select = ", ".join(made.get(c, f"t.{c}") for c in columns)
    sql = (
        f"INSERT INTO evidence ({', '.join(columns)}) SELECT {select} "
        f"FROM generate_series(1, {ROWS - SOURCES}) g "
        "JOIN (SELECT *, row_number() OVER (ORDER BY id) - 1 AS n FROM evidence WHERE case_id = :first) t "
        f"ON t.n = g % {SOURCES}"
    )
    index = (
        "INSERT INTO search_entry (case_id, object_type, object_id, field, original, body) "
        "SELECT case_id, 'evidence', id, 'original_name', original_name, lower(original_name) "
        "FROM evidence WHERE original_name LIKE '% copy %'"
    )
    from sqlalchemy import text

    with svc.workspace.db.write() as s:
        s.execute(text(sql), {"others": cases[1:], "first": cases[0]})
        s.execute(text(index))
        s.execute(text("ANALYZE"))
    return cases


def rounds(groups: list[tuple[Any, ...]], count: int) -> list[list[float]]:
    """Interleaved rounds of (floor, ours, …): callables returning their seconds, gathered by place."""
    timings: list[list[float]] = [[] for _ in groups[0]]
    for _ in range(count):
        for group in groups:
            for place, measure in enumerate(group):
                timings[place].append(measure())
    return timings


def measure_open(svc: CaseService, case_id: str) -> tuple[float, float, float]:
    """(every row in the model, the first screen, the floor), medians of interleaved rounds."""
    from PySide6.QtWidgets import QApplication

    from casedesk.core.preferences import Preferences
    from casedesk.ui.evidence import EvidencePane
    from casedesk.ui.evidence.loader import read_rows
    from casedesk.ui.ops import CaseOps

    app = QApplication.instance() or QApplication([])
    firsts: list[float] = []

    def floor() -> float:
        t0 = time.perf_counter()
        assert len(read_rows(svc, case_id)) == BIG
        return time.perf_counter() - t0

    def ours() -> float:
        pane = EvidencePane(svc, CaseOps(svc), Preferences(thumbnail_size=160))
        pane.resize(1400, 900)
        pane.show()
        app.processEvents()
        t0 = time.perf_counter()
        pane.show_case(case_id)
        firsts.append(time.perf_counter() - t0)
        deadline = time.monotonic() + 300
        while (pane.model.loading or pane.model.rowCount() < BIG) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
        took = time.perf_counter() - t0
        pane.close_workers()
        pane.deleteLater()
        app.processEvents()
        return took

    floors, ours_s = rounds([(floor, ours)], 5)
    return statistics.median(ours_s), statistics.median(firsts), statistics.median(floors)


def measure_search(services: list[CaseService], url: str, password: str) -> list[float]:
    """Median milliseconds of each service's searches, then of the floor's (the same SQL, psycopg)."""
    import psycopg

    from casedesk.core.rawsql import pyformat
    from casedesk.core.search import _TOP_PG, fold, top_pg_parameters, tsquery_text

    conn = psycopg.connect(url, password=password)
    pairs = []
    for query in QUERIES:
        tsquery = tsquery_text(fold(query))

        def floor(tsquery: str | None = tsquery) -> float:
            t0 = time.perf_counter()
            if tsquery is not None:
                conn.execute(pyformat(_TOP_PG), top_pg_parameters(tsquery, 200)).fetchall()
            return time.perf_counter() - t0

        def searcher(svc: CaseService, query: str = query) -> Any:
            def ours() -> float:
                t0 = time.perf_counter()
                svc.search(query)
                return time.perf_counter() - t0

            return ours

        pairs.append((floor, *(searcher(svc) for svc in services)))
    timings = rounds(pairs, 5)
    conn.close()
    return [statistics.median(t) * 1000 for t in (*timings[1:], timings[0])]


def ingest(db: str, store: str, folder: Path, case_id: str, files: list[Path], clients: int) -> float:
    chunks = [files[i::clients] for i in range(clients)]
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CLIENT, db, store, str(folder / f"client{n}"), case_id, *map(str, chunk)]
        )
        for n, chunk in enumerate(chunks)
    ]
    assert all(p.wait() == 0 for p in procs)
    return time.perf_counter() - t0


def upload_floor(endpoint: str, bucket: str, files: list[Path]) -> float:
    client = admin_client(endpoint)
    blobs = [(f"floor/{uuid.uuid4().hex}", f.read_bytes()) for f in files]

    def put(part: list[tuple[str, bytes]]) -> None:
        for key, data in part:
            client.put_object(Bucket=bucket, Key=key, Body=data)

    threads = [threading.Thread(target=put, args=(blobs[i::CLIENTS],)) for i in range(CLIENTS)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - t0


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-team-"))
    postgres = start_server()
    try:
        with running_server() as s3:
            bucket = f"bench-{uuid.uuid4().hex[:12]}"
            admin_client(s3.endpoint).create_bucket(Bucket=bucket)
            os.environ.update({**postgres.env(), **s3.env(bucket)})
            os.environ["CASEDESK_CACHE_DIR"] = str(folder / "cache")
            database = postgres.create_database("bench")
            db, store = postgres.url(database), f"s3://{bucket}/team"
            svc = CaseService.open(
                WorkspaceLocation(folder / "admin", database_url=db, store_url=store), "bench"
            )
            try:
                t0 = time.perf_counter()
                cases = build(svc, folder)
                build_s = time.perf_counter() - t0
                open_s, first_s, open_floor = measure_open(svc, cases[0])
                with postgres.admin(database) as conn:
                    conn.execute(f"CREATE ROLE {INVESTIGATOR} LOGIN PASSWORD '{postgres.password}'")
                as_investigator = postgres.url(database, INVESTIGATOR)
                investigator = CaseService.open(
                    WorkspaceLocation(folder / INVESTIGATOR, database_url=as_investigator, store_url=store),
                    INVESTIGATOR,
                )
                search_ms, investigator_ms, search_floor_ms = measure_search(
                    [svc, investigator], db, postgres.password
                )
                investigator.close()
                many = ingest(db, store, folder, cases[1], pictures(folder / "four", FILES, 1), CLIENTS)
                one = ingest(db, store, folder, cases[2], pictures(folder / "one", FILES, 2), 1)
                assert svc.verify(cases[1]).ok and svc.verify(cases[2]).ok
                floor = upload_floor(s3.endpoint, bucket, pictures(folder / "floor", FILES, 3))
            finally:
                svc.close()
    finally:
        stop_server(postgres)
    result = {
        "name": "team",
        "seconds": round(open_s, 4),
        "floor_seconds": round(open_floor, 4),
        "ratio_to_floor": round(open_s / open_floor, 3),
        "first_screen_seconds": round(first_s, 4),
        "evidence_rows": ROWS,
        "cases": CASES,
        "big_case_items": BIG,
        "build_seconds": round(build_s, 1),
        "search_median_ms": round(search_ms, 2),
        "investigator_search_median_ms": round(investigator_ms, 2),
        "search_floor_median_ms": round(search_floor_ms, 2),
        "ingest_files_per_s_4_clients": round(FILES / many, 1),
        "ingest_files_per_s_1_client": round(FILES / one, 1),
        "upload_floor_files_per_s": round(FILES / floor, 1),
        "ingest_ratio_to_floor": round(many / floor, 2),
        "targets": TARGETS,
        "met": {
            "first_screen_s": first_s < TARGETS["first_screen_s"],
            "search_median_ms": max(search_ms, investigator_ms) < TARGETS["search_median_ms"],
        },
        "wall_seconds": round(time.perf_counter() - began, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
