"""Signing and checking open no socket, not even the local pair every asyncio loop makes.

pyHanko is asynchronous; casedesk.proof runs it on a loop without a self-pipe (proof/_aio.py) so
that the promise of docs/SECURITY.md, and the audit hook of tests/faults/test_no_network.py,
still hold once reports and bundles are signed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import corpus_file

PROBE = r"""
import io, json, sys
from pathlib import Path

seen = []
WATCHED = ("socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request")

def hook(event, args):
    if event in WATCHED:
        seen.append(event)
        raise RuntimeError(f"network use: {event} {args!r}")

sys.addaudithook(hook)

from reportlab.pdfgen import canvas
from cryptography import x509
from asn1crypto import tsp
from casedesk.proof.keys import KeyStore
from casedesk.proof.pdfsign import sign_pdf_bytes, verify_pdf
from casedesk.proof.timestamps import TimestampRequest, verify_response

out = io.BytesIO()
pdf = canvas.Canvas(out, invariant=1)
pdf.drawString(72, 750, "report")
pdf.showPage()
pdf.save()
key = KeyStore(Path(sys.argv[1])).load_or_create()
signed = sign_pdf_bytes(out.getvalue(), key, name="Probe")
checked = verify_pdf(signed, unsigned=out.getvalue())

corpus = Path(sys.argv[2])
response = (corpus / "respNonce.tsr").read_bytes()
request = TimestampRequest.from_der((corpus / "reqNonce.tsq").read_bytes())
certs = tsp.TimeStampResp.load(response)["time_stamp_token"]["content"]["certificates"]
intermediate = x509.load_der_x509_certificate(certs[1].chosen.dump())
token = verify_response(response, request, [intermediate])
print(json.dumps({"seen": seen, "signer": checked.key.fingerprint == key.public.fingerprint,
                  "gen_time": token.gen_time.isoformat()}))
"""


def test_signing_and_checking_open_no_socket(tmp_path: Path) -> None:
    corpus = corpus_file("rfc3161/globalsign/respNonce.tsr").parent
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "keys"), str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"seen": [], "signer": True, "gen_time": "2017-04-19T06:29:53+00:00"}


def test_the_probe_would_catch_asyncio_run() -> None:
    """The hook is not blind: a plain asyncio.run opens the socket pair this package avoids."""
    probe = PROBE.split("from reportlab")[0] + (
        "import asyncio\nasync def f(): return 1\n"
        "try:\n    asyncio.run(f())\nexcept RuntimeError:\n    pass\nprint(seen)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "socket.__new__" in done.stdout, done
