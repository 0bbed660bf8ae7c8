"""Where a fault test's workspaces live: folders, or team workspaces on the session's real servers.

A fault test that takes the ``sites`` fixture runs twice, ``[folder]`` and ``[team]`` (see
tests/backends.py). It asks ``sites.new(name)`` for a workspace nobody has opened yet and
``sites.clone(where, name)`` for a private copy of a closed one, so each SIGKILL chain starts from
the same state on either backend. On the team side a copy is a new database made from the closed
one (``CREATE DATABASE … TEMPLATE``) and a server-side copy of its objects under a new prefix.

A team workspace's folder is the cache the command line itself would use for its two URLs, so the
audit after a kill looks at the very cache the killed process was writing.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from backends import TEAM, TeamServers
from casedesk.core.location import WorkspaceLocation, team_cache_folder


@dataclass
class Sites:
    backend: str
    root: Path  # the test's own folder
    servers: TeamServers | None
    _names: dict[WorkspaceLocation, str] = field(default_factory=dict)

    @property
    def team(self) -> bool:
        return self.backend == TEAM

    def new(self, name: str) -> WorkspaceLocation:
        """A workspace not created yet (a folder) or created empty (a team database, migrated)."""
        if self.servers is None:
            where = WorkspaceLocation(self.root / name)
        else:
            database, store = self.servers.database_url(), self.servers.store_url()
            where = WorkspaceLocation(team_cache_folder(database, store), database, store)
        self._names[where] = name
        return where

    def clone(self, source: WorkspaceLocation, name: str) -> WorkspaceLocation:
        """A private copy of a closed workspace: its database, its store and its cache."""
        if self.servers is None or source.database_url is None or source.store_url is None:
            where = WorkspaceLocation(self.root / name)
        else:
            database = self.servers.database_url(copy_of=source.database_url)
            store = self.servers.copy_store(source.store_url)
            where = WorkspaceLocation(team_cache_folder(database, store), database, store)
        if source.folder.exists():
            shutil.copytree(source.folder, where.folder, symlinks=True)
        self._names[where] = name
        return where

    def trials(self, on_a_folder: int) -> int:
        """How many SIGKILLs a campaign aims for here: half as many on a team workspace, where each
        audit re-reads every original from the object store (about three times a folder's cost), so
        that the four campaigns stay within a few minutes of CI each."""
        return on_a_folder // 2 if self.team else on_a_folder

    def name(self, where: WorkspaceLocation) -> str:
        return self._names[where]

    def beside(self, where: WorkspaceLocation, suffix: str) -> Path:
        """A folder of the test's own next to the workspace (for reports, bundles, inputs)."""
        folder = self.root / f"{self.name(where)}-{suffix}"
        folder.mkdir(exist_ok=True)
        return folder
