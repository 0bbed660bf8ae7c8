"""A workspace: the database and the evidence store, with a local folder.

A laptop workspace keeps both in its folder (an SQLite file and the store's files). A team workspace
names its database by URL (``postgresql://...``); its folder then holds only local working files.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from casedesk.core.db import Database
from casedesk.core.errors import WorkspaceError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.store import EvidenceStore, open_store
from casedesk.i18n import msg

DB_NAME = "casedesk.sqlite3"


class Workspace:
    def __init__(self, root: Path, database_url: str | None = None, store_url: str | None = None) -> None:
        self.root = root
        self.db_path = root / DB_NAME
        self.location = WorkspaceLocation(root, database_url, store_url)
        self.store: EvidenceStore = open_store(store_url, root)
        self.db = Database(database_url if database_url is not None else self.db_path)

    @classmethod
    def at(cls, location: WorkspaceLocation, *, create_store: bool = False) -> Workspace:
        return cls.open(location.folder, location.database_url, location.store_url, create_store=create_store)

    @classmethod
    def open(
        cls,
        root: Path,
        database_url: str | None = None,
        store_url: str | None = None,
        *,
        create_store: bool = False,
    ) -> Workspace:
        """Open (creating on first use) a workspace; migrate its schema; tidy interrupted writes.
        ``create_store`` makes a team store's bucket if it is missing (``casedesk init``)."""
        root = root.expanduser()
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                msg(
                    "Cannot create the workspace folder {folder}: {reason}.", folder=root, reason=exc.strerror
                )
            ) from exc
        if not root.is_dir():
            raise WorkspaceError(msg("The workspace {folder} is not a folder.", folder=root))
        _check_writable(root)
        workspace = cls(root, database_url, store_url)
        try:
            # Owner-only before SQLite first writes to it.
            if database_url is None and not workspace.db_path.exists():
                os.close(os.open(workspace.db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            if create_store:
                workspace.store.create()
            else:
                workspace.store.ensure()
        except OSError as exc:
            raise WorkspaceError(
                msg("Cannot prepare the workspace in {folder}: {reason}.", folder=root, reason=exc.strerror)
            ) from exc
        try:
            workspace.db.migrate()
            if database_url is None:
                _restrict_permissions(workspace.db_path)
            workspace.store.clean_temporary()
        except BaseException:
            workspace.close()
            raise
        return workspace

    def close(self) -> None:
        self.db.dispose()


def _check_writable(root: Path) -> None:
    try:
        with tempfile.TemporaryFile(dir=root):
            pass
    except OSError as exc:
        raise WorkspaceError(
            msg(
                "The workspace {folder} is read-only ({reason}). "
                "CaseDesk needs to write its database and evidence store there; choose another folder "
                "with --workspace or make this one writable.",
                folder=root,
                reason=exc.strerror,
            )
        ) from exc


def _restrict_permissions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            os.chmod(candidate, 0o600)
