"""The one way files come in: added (:class:`IntakeAPI`), then each container added now unpacked.

A web archive's media and screenshots (:mod:`.wacz_children`) and a ProofMode bundle's media
(:mod:`.proof_children`) become the container's child evidence; their results follow the
container's own, in the order the files were given. Refused or damaged containers, and duplicates
already in the case, are not unpacked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from casedesk.core.ingest import IngestResult
from casedesk.core.service.proof_children import ProofChildrenAPI
from casedesk.core.service.wacz_children import WaczChildrenAPI
from casedesk.core.tasks import TaskControl

NEW = ("added", "flagged")  # ingest statuses of items stored now


class ContainersAPI(ProofChildrenAPI, WaczChildrenAPI):
    def add_files(
        self,
        case_id: str,
        paths: Iterable[Path],
        *,
        recursive: bool = False,
        control: TaskControl | None = None,
    ) -> list[IngestResult]:
        """Add files and folders as evidence; each container among them is then unpacked, its
        children's results following its own."""
        control = control or TaskControl()
        results = super().add_files(case_id, paths, recursive=recursive, control=control)
        added = [r.evidence_id for r in results if r.status in NEW and r.evidence_id]
        unpack: dict[str, Callable[..., list[IngestResult]]] = {}
        unpack.update(dict.fromkeys(self._readable_archives(added), self.extract_wacz_resources))
        unpack.update(dict.fromkeys(self._proof_bundles(added), self.extract_proof_media))
        if not unpack:
            return results
        out: list[IngestResult] = []
        for result in results:
            out.append(result)
            extract = unpack.get(result.evidence_id or "") if result.status in NEW else None
            if extract is not None:
                out += extract(result.evidence_id, control=control)
        return out
