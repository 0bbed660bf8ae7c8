"""Country names from CLDR by world-atlas' numeric ids, and where a name fits in a view."""

from __future__ import annotations

from casedesk.basemap import world_atlas
from casedesk.basemap.country_names import country_name, local_name, name_place, names_in_view


def test_the_demo_cases_countries_are_named_in_each_language() -> None:
    atlas = world_atlas()
    algeria, mali, niger = (atlas.country(n) for n in ("Algeria", "Mali", "Niger"))
    assert algeria is not None and mali is not None and niger is not None
    assert algeria.id == "012"  # ISO 3166-1 numeric, as world-atlas keys countries
    assert [country_name(c, "fr") for c in (algeria, mali, niger)] == ["Algérie", "Mali", "Niger"]
    assert [country_name(c, "ar") for c in (algeria, mali, niger)] == ["الجزائر", "مالي", "النيجر"]
    assert country_name(algeria, "en") == "Algeria"


def test_every_country_has_a_name_and_those_without_a_code_keep_natural_earths() -> None:
    for country in world_atlas().countries:
        for code in ("en", "fr", "ar"):
            assert country_name(country, code)
    assert local_name("", "Kosovo", "fr") == "Kosovo" and local_name("", "Kosovo", "ar") == "كوسوفو"
    assert local_name("", "Somaliland", "ar") == "Somaliland"  # CLDR has no name: Natural Earth's
    assert local_name("012", "Algeria", "xx") == "Algeria"  # a language CLDR does not know


def test_a_name_is_written_inside_the_visible_part_and_clear_of_markers() -> None:
    square = [[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0), (0.0, 0.0)]]
    view = (50.0, 0.0, 150.0, 100.0)  # only the right half of the country is in view
    where = name_place(square, view, 20.0, 6.0)
    assert where is not None and 50 < where.x < 100 and 0 < where.y < 100
    assert abs(where.x - 75) < 3  # the middle of what is in view, not of the whole country
    marker = (60.0, 40.0, 90.0, 60.0)
    away = name_place(square, view, 20.0, 6.0, [marker])
    assert away is not None and not (40 - 3 < away.y < 60 + 3)
    assert name_place(square, view, 80.0, 6.0) is None  # too long for the 50 units in view


def test_names_in_a_view_over_the_sahara() -> None:
    atlas = world_atlas()

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon + 10) * 20, (lat - 10) * 20  # 20 units a degree, from 10° W 10° N

    found = dict(
        names_in_view(atlas.countries, "fr", project, (0, 0, 500, 400), lambda n: (len(n) * 6.0, 8.0))
    )
    assert {"Algérie", "Mali", "Niger"} <= set(found)
    x, y = found["Mali"].x / 20 - 10, found["Mali"].y / 20 + 10
    mali = atlas.country("Mali")
    assert mali is not None
    west, south, east, north = mali.bbox()
    assert west < x < east and south < y < north
