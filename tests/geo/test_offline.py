"""Importing casedesk.geo and using it opens no socket: its data (time zones) ship with the packages."""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import sys
WATCHED = ("socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request")
def hook(event, args):
    if event in WATCHED:
        raise RuntimeError(f"network use: {event}")
sys.addaudithook(hook)
import io
from datetime import UTC, date, datetime
import casedesk.geo as geo
import casedesk.cli_geo
from casedesk.cli import run
place = geo.Place(20.20, 1.01)
zone = geo.zone_at(place.latitude, place.longitude)
sun = geo.sun_position(place, datetime(2025, 3, 14, 9, 17, tzinfo=UTC))
geo.sun_day(place, date(2025, 3, 14), zone)
query = geo.ShadowQuery(sun.shadow_bearing or 0.0)
geo.shadow_windows(place, date(2025, 3, 14), date(2025, 3, 14), zone, query)
geo.distance(21.33, 0.95, 20.20, 1.01)
geo.method()
out = io.StringIO()
assert run(["sun", "20.2", "1.01", "2025-03-14T09:17Z", "--json"], out, io.StringIO()) == 0
print("offline", zone)
"""


def test_geo_opens_no_socket() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "offline Africa/Bamako"
