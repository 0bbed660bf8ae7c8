"""The manifest schema covers the case model: a new column cannot silently miss bundles."""

from __future__ import annotations

import pytest

from casedesk.bundle.schema import CASE, CUSTODY, ROW_TABLES, TableSpec


@pytest.mark.parametrize("spec", [CASE, CUSTODY, *ROW_TABLES], ids=lambda s: s.key)
def test_every_column_travels_or_is_deliberately_left_out(spec: TableSpec) -> None:
    columns = {column.name for column in spec.model.__table__.columns}
    assert columns == set(spec.names) | spec.omitted
    assert not set(spec.names) & spec.omitted
