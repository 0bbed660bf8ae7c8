"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 20:10:31.818510
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# On PostgreSQL (a team workspace): file sizes are 64-bit, as SQLite's INTEGER is; a custody entry's
# details are kept as the very text that was hashed (json would do, but psycopg hands json back
# decoded, and verify checks the stored text). SQLite gets the same DDL as ever.
BIG = sa.Integer().with_variant(sa.BigInteger(), "postgresql")
HASHED_JSON = sa.JSON().with_variant(sa.Text(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", BIG, nullable=False),
        sa.Column("stored_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "case",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("incident_time", sa.String(length=64), nullable=True),
        sa.Column("first_seen", sa.String(length=64), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "status in ('open','verifying','verified','disputed','debunked','inconclusive','closed')",
            name="case_status_valid",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "case_link",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("related_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["related_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "related_id"),
    )
    op.create_table(
        "claim",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("credibility", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status in ('unverified','supported','confirmed','disputed','false')", name="claim_status_valid"
        ),
        sa.CheckConstraint("credibility between 1 and 6", name="credibility_valid"),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_case_id"), ["case_id"], unique=False)

    op.create_table(
        "custody_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("investigator", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("object_type", sa.String(length=32), nullable=False),
        sa.Column("object_id", sa.String(length=64), nullable=False),
        sa.Column("details", HASHED_JSON, nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "seq", name="custody_case_seq_unique"),
    )
    with op.batch_alter_table("custody_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custody_entry_case_id"), ["case_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "place",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("precision", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_case_id"), ["case_id"], unique=False)

    op.create_table(
        "source",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("handle", sa.Text(), nullable=False),
        sa.Column("platform", sa.Text(), nullable=False),
        sa.Column("reliability", sa.String(length=1), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("reliability in ('A','B','C','D','E','F')", name="reliability_valid"),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_case_id"), ["case_id"], unique=False)

    op.create_table(
        "claim_source",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id", "source_id"),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("original_path", sa.Text(), nullable=False),
        sa.Column("size", BIG, nullable=False),
        sa.Column("media_type", sa.String(length=128), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("acquired_at", sa.String(length=32), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("graphic", sa.Boolean(), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("decode_status", sa.String(length=16), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("captured_at", sa.String(length=32), nullable=True),
        sa.Column("captured_offset", sa.String(length=8), nullable=True),
        sa.Column("gps_lat", sa.Float(), nullable=True),
        sa.Column("gps_lon", sa.Float(), nullable=True),
        sa.Column("gps_alt", sa.Float(), nullable=True),
        sa.Column("camera", sa.Text(), nullable=True),
        sa.Column("phash", sa.String(length=16), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("raw_metadata", sa.JSON(), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("parent_offset_s", sa.Float(), nullable=True),
        sa.Column("source_id", sa.String(length=36), nullable=True),
        sa.Column("trashed_at", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "kind in ('still','video','audio','document','other')", name="evidence_kind_valid"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["evidence.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["blob.sha256"],
        ),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index("evidence_case_sha", ["case_id", "sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_phash"), ["phash"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_sha256"), ["sha256"], unique=False)

    op.create_table(
        "timeline_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("when", sa.String(length=64), nullable=False),
        sa.Column("sort_key", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("timeline_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timeline_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("evidence_id", sa.String(length=36), nullable=True),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("phase", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("investigator", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "state in ('pending','passed','failed','not_applicable','inconclusive')", name="check_state_valid"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "evidence_id", "key", name="checklist_item_unique"),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_item_evidence_id"), ["evidence_id"], unique=False)

    op.create_table(
        "claim_evidence",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
        ),
        sa.PrimaryKeyConstraint("claim_id", "evidence_id"),
    )

    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgres()
        return
    # Full-text index, kept up to date by the core (text is folded in Python so that Arabic
    # harakat, alef variants and Latin accents do not get in the way of a match).
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "case_id UNINDEXED, object_type UNINDEXED, object_id UNINDEXED, field UNINDEXED, original UNINDEXED, "
        "body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    # The custody log is append-only: the database itself refuses edits and deletions.
    op.execute(
        "CREATE TRIGGER custody_entry_no_update BEFORE UPDATE ON custody_entry "
        "BEGIN SELECT RAISE(ABORT, 'custody log entries are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER custody_entry_no_delete BEFORE DELETE ON custody_entry "
        "BEGIN SELECT RAISE(ABORT, 'custody log entries are append-only'); END"
    )


# What the triggers of an append-only table run on PostgreSQL: refuse, with the reason given.
APPEND_ONLY_FUNCTION = (
    "CREATE FUNCTION casedesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$"
)


def append_only_triggers(table: str, reason: str) -> list[str]:
    """Row triggers refusing UPDATE and DELETE, and a statement trigger refusing TRUNCATE (which
    row triggers do not see; SQLite has no TRUNCATE)."""
    return [
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"FOR EACH {each} EXECUTE FUNCTION casedesk_append_only('{reason}')"
        for verb, each in (("UPDATE", "ROW"), ("DELETE", "ROW"), ("TRUNCATE", "STATEMENT"))
    ]


def _upgrade_postgres() -> None:
    # Search entries as FTS5 held them, in a plain table (migration 0008 moves them to search_entry,
    # with its GIN index).
    op.execute(
        "CREATE TABLE search_index (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
        "case_id TEXT, object_type TEXT, object_id TEXT, field TEXT, original TEXT, body TEXT)"
    )
    op.execute(APPEND_ONLY_FUNCTION)
    for statement in append_only_triggers("custody_entry", "custody log entries are append-only"):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for verb in ("truncate", "delete", "update"):
            op.execute(f"DROP TRIGGER custody_entry_no_{verb} ON custody_entry")
        op.execute("DROP FUNCTION casedesk_append_only()")
    else:
        op.execute("DROP TRIGGER custody_entry_no_delete")
        op.execute("DROP TRIGGER custody_entry_no_update")
    op.execute("DROP TABLE search_index")
    op.drop_table("claim_evidence")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_evidence_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_item_case_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("timeline_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_event_case_id"))

    op.drop_table("timeline_event")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_phash"))
        batch_op.drop_index(batch_op.f("ix_evidence_case_id"))
        batch_op.drop_index("evidence_case_sha")

    op.drop_table("evidence")
    op.drop_table("claim_source")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_case_id"))

    op.drop_table("source")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_case_id"))

    op.drop_table("place")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_case_id"))

    op.drop_table("note")
    with op.batch_alter_table("custody_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custody_entry_case_id"))

    op.drop_table("custody_entry")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_case_id"))

    op.drop_table("claim")
    op.drop_table("case_link")
    op.drop_table("setting")
    op.drop_table("case")
    op.drop_table("blob")
