"""Where a workspace lives: a folder on this computer, or a team server.

A laptop workspace is one folder: its SQLite database and its evidence store are inside. A team
workspace names its database by URL (``postgresql://USER@HOST[:PORT]/DB``) and its store by URL
(``s3://BUCKET[/PREFIX]``); this computer keeps only a cache of originals and derived files, in a
folder of the user's cache named after the two URLs. Passwords and keys never appear in these URLs:
libpq (``PGPASSWORD``, ``~/.pgpass``, service files) and the AWS settings provide them.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import platformdirs

from casedesk.core.errors import UsageError
from casedesk.core.preferences import APP_NAME, default_workspace
from casedesk.i18n import msg

DATABASE_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
STORE_SCHEMES = ("s3",)


@dataclass(frozen=True, slots=True)
class WorkspaceLocation:
    folder: Path  # the laptop workspace, or a team workspace's local cache
    database_url: str | None = None  # None: the SQLite file in ``folder``
    store_url: str | None = None  # None: the store in ``folder``

    @property
    def is_team(self) -> bool:
        return self.database_url is not None

    def describe(self) -> str:
        """What to show a user: the folder, or the server URLs (with any password removed)."""
        if self.database_url is None and self.store_url is None:
            return str(self.folder)
        return " + ".join(_without_password(url) for url in (self.database_url, self.store_url) if url)


def is_url(text: str) -> bool:
    return "://" in text


def _without_password(url: str) -> str:
    """The URL as it may be shown: no password, whether written as ``user:pw@`` or ``?password=``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "password"]
    if parts.password is not None:
        host = parts.hostname or ""
        parts = parts._replace(netloc=f"{parts.username}@{host}" + (f":{parts.port}" if parts.port else ""))
    return urlunsplit(parts._replace(query=urlencode(query)))


def _has_password(url: str) -> bool:
    parts = urlsplit(url)
    return parts.password is not None or any(
        k.lower() == "password" for k, _ in parse_qsl(parts.query, keep_blank_values=True)
    )


def cache_root() -> Path:
    override = os.environ.get("CASEDESK_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def team_cache_folder(database_url: str | None, store_url: str | None) -> Path:
    """This computer's cache for one team workspace (one folder per pair of URLs)."""
    key = "\n".join(_without_password(url) for url in (database_url or "", store_url or ""))
    return cache_root() / "team" / hashlib.sha256(key.encode()).hexdigest()[:20]


def _checked_database(url: str) -> str:
    scheme = url.split("://", 1)[0].lower()
    if scheme not in DATABASE_SCHEMES:
        raise UsageError(
            msg(
                "{url}: a workspace is a folder or a PostgreSQL URL (postgresql://USER@HOST[:PORT]/DATABASE).",
                url=_without_password(url),
            )
        )
    if _has_password(url):
        raise UsageError(
            msg(
                "{url}: put the database password in PGPASSWORD or ~/.pgpass, not in the workspace URL "
                "(it would be shown and kept in places a password must not be).",
                url=_without_password(url),
            )
        )
    return url


def _checked_store(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in STORE_SCHEMES or not parts.netloc:
        raise UsageError(msg("{url}: an evidence store is given as s3://BUCKET[/PREFIX].", url=url))
    return url


def locate(
    workspace: str | Path | None = None,
    store: str | None = None,
    *,
    preferred_workspace: str = "",
    preferred_store: str = "",
) -> WorkspaceLocation:
    """The workspace to open: the one given (command line), else the preferences', else
    ``CASEDESK_WORKSPACE``/``CASEDESK_STORE``, else the per-user default folder."""
    where = str(workspace) if workspace else preferred_workspace or os.environ.get("CASEDESK_WORKSPACE", "")
    store_url = store or preferred_store or os.environ.get("CASEDESK_STORE", "") or None
    if where and is_url(where):
        database_url = _checked_database(where)
        if store_url is None:
            raise UsageError(
                msg(
                    "A team workspace needs its evidence store too: add --store s3://BUCKET[/PREFIX] "
                    "(or set CASEDESK_STORE)."
                )
            )
        store_url = _checked_store(store_url)
        return WorkspaceLocation(team_cache_folder(database_url, store_url), database_url, store_url)
    folder = Path(where).expanduser() if where else default_workspace()
    if store_url is not None:  # a laptop database with originals kept on a server
        return WorkspaceLocation(folder, None, _checked_store(store_url))
    return WorkspaceLocation(folder)
