"""The manifest schema covers the case model: a new column cannot silently miss bundles."""

from __future__ import annotations

import pytest

from casedesk.bundle.schema import CASE, CUSTODY, EVIDENCE, ROW_TABLES, TableSpec
from casedesk.bundle.versions import HISTORY, OMITTED_FIELDS, RECORD_SPECS
from casedesk.core.models import Base
from casedesk.core.service.exchange import HISTORY_TABLES


@pytest.mark.parametrize("spec", [CASE, CUSTODY, *ROW_TABLES], ids=lambda s: s.key)
def test_every_column_travels_or_is_deliberately_left_out(spec: TableSpec) -> None:
    columns = {column.name for column in Base.metadata.tables[spec.table].columns}
    assert columns == set(spec.names) | spec.omitted
    assert not set(spec.names) & spec.omitted


def test_derived_phash_bands_stay_behind() -> None:
    bands = {"phash_b0", "phash_b1", "phash_b2", "phash_b3"}
    assert bands <= EVIDENCE.omitted
    assert "phash" in EVIDENCE.names  # the core derives the bands from it on import


def test_removal_travels_wherever_the_model_has_it() -> None:
    removable = {t.name for t in Base.metadata.tables.values() if "removed_at" in t.columns}
    carried = {spec.table for spec in ROW_TABLES if "removed_at" in spec.names}
    assert carried == removable  # related-case links too (format 4), removed ones hidden


def test_history_versions_and_their_data_have_a_field_table() -> None:
    """Every column of every table the core keeps history of is checked when a version arrives."""
    assert set(RECORD_SPECS) == set(HISTORY_TABLES)
    for table in HISTORY_TABLES:
        spec = RECORD_SPECS[table]
        model = Base.metadata.tables[table]
        assert {c.name for c in model.columns} == set(spec.names) | spec.omitted, table
        assert spec.omitted <= set(OMITTED_FIELDS), table
        assert spec.identity == tuple(c.name for c in model.primary_key.columns), table  # the row key
    versions = {c.name for c in Base.metadata.tables[HISTORY.table].columns}
    assert versions == set(HISTORY.names) | HISTORY.omitted
