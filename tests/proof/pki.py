"""A throwaway PKI for the tests: CAs and TSA certificates made with cryptography, and OpenSSL's
own TSA (``openssl ts -reply``) answering requests with them."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

OPENSSL = "/usr/bin/openssl"
NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Issued:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CaseDesk tests"),
        ]
    )


def make_cert(
    common_name: str,
    issuer: Issued | None = None,
    *,
    ca: bool = False,
    tsa: bool = False,
    eku_critical: bool = True,
    not_before: datetime = NOW - timedelta(days=1),
    not_after: datetime = NOW + timedelta(days=365),
    use_rsa: bool = False,
) -> Issued:
    """A CA (``ca``), a TSA certificate (``tsa``: timeStamping EKU) or a plain end-entity certificate.

    Without ``issuer`` the certificate is self-signed.
    """
    key = rsa.generate_private_key(65537, 2048) if use_rsa else ec.generate_private_key(ec.SECP256R1())
    subject = _name(common_name)
    signer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer_key.public_key()), critical=False
        )
    )
    if ca:
        usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    else:
        usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    builder = builder.add_extension(usage, critical=True)
    if tsa:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=eku_critical
        )
    return Issued(builder.sign(signer_key, hashes.SHA256()), key)


TSA_CONFIG = """\
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = {serial}
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = {digests}
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


class OpenSslTsa:
    """OpenSSL's TSA answering DER requests with ``signer``; ``chain`` goes into each response."""

    def __init__(
        self, folder: Path, signer: Issued, chain: list[Issued], *, digests: str = "sha256, sha384, sha512"
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        (folder / "serial").write_text("01\n")
        (folder / "tsa.cnf").write_text(TSA_CONFIG.format(serial=folder / "serial", digests=digests))
        (folder / "signer.pem").write_bytes(signer.cert_pem())
        (folder / "signer.key").write_bytes(signer.key_pem())
        (folder / "chain.pem").write_bytes(b"".join(c.cert_pem() for c in chain))
        self._count = 0

    def reply(self, request_der: bytes) -> bytes:
        self._count += 1
        query, response = self.folder / f"q{self._count}.tsq", self.folder / f"r{self._count}.tsr"
        query.write_bytes(request_der)
        args = ["-signer", "signer.pem", "-inkey", "signer.key"]
        if (self.folder / "chain.pem").stat().st_size:
            args += ["-chain", "chain.pem"]
        run_openssl(
            ["ts", "-reply", "-config", "tsa.cnf", "-queryfile", query.name, *args, "-out", response.name],
            self.folder,
        )
        return response.read_bytes()


def run_openssl(args: list[str], cwd: Path) -> str:
    done = subprocess.run([OPENSSL, *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"openssl {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr
