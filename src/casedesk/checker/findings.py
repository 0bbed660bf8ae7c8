"""What a check found: one named finding per thing checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"  # holds, but the reader must decide (an untrusted signer, an unsigned file)
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # what was checked, e.g. "signature", "originals", "custody chain"
    status: Status
    detail: str


@dataclass(slots=True)
class CheckReport:
    file: str
    kind: str  # "bundle" or "report"
    findings: list[Finding] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # what the file says (case, entry, signer)

    @property
    def ok(self) -> bool:
        return all(f.status != Status.FAILED for f in self.findings)

    def add(self, check: str, status: Status, detail: str) -> None:
        self.findings.append(Finding(check, status, detail))

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "ok": self.ok,
            "facts": self.facts,
            "findings": [
                {"check": f.check, "status": f.status.value, "detail": f.detail} for f in self.findings
            ],
        }
