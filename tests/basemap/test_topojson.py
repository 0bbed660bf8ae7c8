"""The built-in Natural Earth basemap decodes to the countries it draws, where they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casedesk.basemap import BasemapError, world_atlas
from casedesk.basemap.topojson import BUILT_IN_COARSE, built_in_path, decode, load


def test_the_shipped_file_is_world_atlas_countries_50m() -> None:
    atlas = world_atlas()
    assert built_in_path().name == "countries-50m.json"
    assert len(atlas.countries) == 241
    assert atlas.point_count > 90_000  # the 1:50m scale, not the coarse 1:110m
    assert world_atlas() is atlas  # decoded once per process
    assert len(atlas.land) > 1000  # the merged land the map fills at once: continents and islands


def test_the_coarse_file_for_the_world_view() -> None:
    coarse = world_atlas(BUILT_IN_COARSE)
    assert built_in_path(BUILT_IN_COARSE).name == "countries-110m.json"
    assert len(coarse.countries) == 177 and coarse.point_count < world_atlas().point_count / 5
    assert coarse.country("Mali") is not None and coarse.country("Algeria") is not None


def test_mali_and_algeria_are_where_they_are() -> None:
    atlas = world_atlas()
    mali, algeria = atlas.country("Mali"), atlas.country("Algeria")
    assert mali is not None and algeria is not None
    assert (mali.id, algeria.id) == ("466", "012")  # ISO 3166-1 numeric
    assert len(mali.polygons) == 1 and len(algeria.polygons) == 1
    west, south, east, north = mali.bbox()
    assert west == pytest.approx(-12.28, abs=0.05) and east == pytest.approx(4.24, abs=0.05)
    assert south == pytest.approx(10.14, abs=0.05) and north == pytest.approx(25.0, abs=0.05)
    west, south, east, north = algeria.bbox()
    assert west == pytest.approx(-8.68, abs=0.05) and east == pytest.approx(11.97, abs=0.05)
    assert south == pytest.approx(18.99, abs=0.05) and north == pytest.approx(37.09, abs=0.05)


def test_mali_and_algeria_share_their_border_near_bordj_badji_mokhtar() -> None:
    atlas = world_atlas()
    mali, algeria = atlas.country("Mali"), atlas.country("Algeria")
    assert mali is not None and algeria is not None
    shared = set(mali.polygons[0][0]) & set(algeria.polygons[0][0])
    near = [p for p in shared if 0.5 < p[0] < 1.5 and 20.5 < p[1] < 21.5]
    assert near, "the border passes near 21 N 1 E"
    border_points = {p for line in atlas.borders for p in line}
    coast_points = {p for line in atlas.coastlines for p in line}
    assert set(near) <= border_points  # drawn as a land border
    assert not set(near) & (coast_points - border_points)


def test_arcs_are_delta_decoded_transformed_and_reversed() -> None:
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "A"}},
                    {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "id": "2", "properties": {"name": "B"}},
                    {"type": None, "id": "3"},
                ],
            }
        },
    }
    atlas = decode(topology)
    a, b = atlas.countries
    assert a.polygons[0][0] == ((10, 20), (11, 20), (11, 20.5), (10, 20.5), (10, 20))
    assert b.polygons[0][0] == ((10, 20), (10, 20.5), (11, 20.5), (11, 20), (10, 20))
    assert len(atlas.borders) == 2 and atlas.coastlines == ()  # both arcs used twice


def test_a_damaged_topojson_gives_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"type": "Topology", "objects": {}}))
    with pytest.raises(BasemapError, match="is not valid TopoJSON"):
        load(bad)
    with pytest.raises(BasemapError, match="Cannot read the basemap"):
        load(tmp_path / "absent.json")
