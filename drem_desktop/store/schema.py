"""The database schema (SQLAlchemy 2 typed ORM). Alembic revisions in ``migrations/`` create it.

Every row that can be synced carries a UUID key, ``updated_at``, the id of the laptop that wrote it
(``origin``) and a soft-delete flag; ``changelog.py`` writes a ``ChangeLog`` row in the same transaction as
every change to such a row.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as UTC, always read back timezone-aware (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: UTCDateTime()}


class Synced:
    """Columns every synced row has."""

    if TYPE_CHECKING:
        __tablename__: str  # each synced table names itself (the change log records it)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    origin: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(Synced, Base):
    __tablename__ = "event"
    name: Mapped[str] = mapped_column(String(200))
    event_date: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD, local to the venue
    type_of_event: Mapped[str] = mapped_column(String(40), default="OFFICIAL_TRACK_RACE")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    sponsor: Mapped[str] = mapped_column(String(100), default="")
    race_config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    upload_code: Mapped[str] = mapped_column(String(20), default="")
    cloud_id: Mapped[str] = mapped_column(String(100), default="")  # the cloud manager's eventId


class Fleet(Synced, Base):
    __tablename__ = "fleet"
    name: Mapped[str] = mapped_column(String(100))


class Track(Synced, Base):
    __tablename__ = "track"
    __table_args__ = (UniqueConstraint("event_id", "number"),)
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100), default="")
    leaderboard_title: Mapped[str] = mapped_column(String(200), default="")
    leaderboard_footer: Mapped[str] = mapped_column(String(200), default="")
    fleet_id: Mapped[str | None] = mapped_column(ForeignKey("fleet.id"), default=None)


class Racer(Synced, Base):
    __tablename__ = "racer"
    username: Mapped[str] = mapped_column(String(100))  # unique without case: repositories check it
    display_name: Mapped[str] = mapped_column(String(100), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    highlight_colour: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    avatar_config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    cloud_id: Mapped[str] = mapped_column(String(100), default="")  # the cloud user's sub
    # Local and derived, never sent: the racer this one is shown as when two laptops registered the same
    # username apart (docs/sync.md, section 4).
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)


class Run(Synced, Base):
    __tablename__ = "run"
    __table_args__ = (Index("ix_run_event_track", "event_id", "track_id"), Index("ix_run_racer", "racer_id"))
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    track_id: Mapped[str] = mapped_column(ForeignKey("track.id"))
    racer_id: Mapped[str] = mapped_column(ForeignKey("racer.id"))
    car_name: Mapped[str] = mapped_column(String(100), default="")
    model_id: Mapped[str | None] = mapped_column(String(36), default=None)
    raced_by_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(12), default="ready")
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    race_config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the rules it was raced under
    live_state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # clocks of a run in progress
    max_runs_override: Mapped[str] = mapped_column(Text, default="")  # reason given, when one was needed
    cloud_id: Mapped[str] = mapped_column(String(100), default="")  # the cloud manager's raceId


class Lap(Synced, Base):
    __tablename__ = "lap"
    __table_args__ = (
        Index("ix_lap_run", "run_id", "lap_index"),
        Index("ix_lap_board", "run_id", "deleted", "lap_index", "time_ms", "resets", "valid"),
    )
    run_id: Mapped[str] = mapped_column(ForeignKey("run.id"))
    lap_index: Mapped[int] = mapped_column(Integer)  # 0-based, as DREM's lapId
    time_ms: Mapped[int] = mapped_column(Integer)
    resets: Mapped[int] = mapped_column(Integer, default=0)
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(10), default="manual")  # sensor | manual | edit
    sensor_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    flag: Mapped[str] = mapped_column(Text, default="")  # why the timekeeper must check it; "" when fine


class RunLapPack(Base):
    """Each run's counted laps (not deleted) packed in lap order: what a cold leaderboard build reads,
    one row per run instead of one per lap.

    Derived, never written by the code: SQLite triggers on ``lap`` (migrations 0010, 0011) make the row again
    whenever one of the run's laps is inserted, changed or removed, by whatever path (race control, undo,
    sync, imports). Not synced, not archived. ``laps`` is ``laps_count`` × 24 hexadecimal digits, each lap
    its time in ms, resets and validity as three 8-digit numbers (``store.lap_pack`` reads it).
    """

    __tablename__ = "run_lap_pack"
    run_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    laps_count: Mapped[int] = mapped_column(Integer)
    laps: Mapped[bytes] = mapped_column(LargeBinary)


class Crossing(Base):
    """Every raw trigger, kept even when debounced, so a person can re-marshal later."""

    __tablename__ = "crossing"
    __table_args__ = (
        Index("ix_crossing_track", "track_id", "id"),
        Index("ix_crossing_clock", "clock", "sequence"),  # the last trigger stored of a sensor boot
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    track_id: Mapped[str] = mapped_column(String(36))
    run_id: Mapped[str | None] = mapped_column(String(36), default=None)
    source: Mapped[str] = mapped_column(String(20))
    sensor_id: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    sensor_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    clock: Mapped[str | None] = mapped_column(String(80), default=None)
    host_ms: Mapped[float] = mapped_column()
    at: Mapped[datetime] = mapped_column(default=utcnow)
    outcome: Mapped[str] = mapped_column(String(12))  # started | resumed | lap | debounced | ignored
    # From the trigger (or key) that began the lap in progress; a lap's own time for a lap.
    since_lap_start_ms: Mapped[float | None] = mapped_column(default=None)


class ChangeLog(Base):
    """The replication feed: every change of a synced row, this laptop's (written in the change's own
    transaction) and the other laptops' (written when applied). docs/sync.md, section 1."""

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("origin", "seq", name="uq_change_log_origin_seq"),
        Index("ix_change_log_hlc", "hlc", unique=True),
        Index("ix_change_log_row", "row_id", "hlc"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    at: Mapped[datetime] = mapped_column(default=utcnow)
    origin: Mapped[str] = mapped_column(String(36))
    # insert: the row as stored; update/delete: {"changes": new values, "before": old values}
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    synced: Mapped[bool] = mapped_column(Boolean, default=False)  # unused since sync cursors (0004)
    hlc: Mapped[str] = mapped_column(String(64))  # hybrid logical clock stamp: the change's identity
    seq: Mapped[int] = mapped_column(Integer)  # the origin laptop's change number, in commit order
    event_id: Mapped[str | None] = mapped_column(String(36), default=None)  # None: shared by every event


class SyncCursor(Base):
    """How far this laptop holds another laptop's changes of one event: all of them up to ``seq``."""

    __tablename__ = "sync_cursor"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncPending(Base):
    """A row whose changes arrived before its parent row: written as soon as the parent is."""

    __tablename__ = "sync_pending"
    __table_args__ = (Index("ix_sync_pending_parent", "waiting_for"),)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    waiting_for: Mapped[str] = mapped_column(String(36))


class SyncSegment(Base):
    """A bucket object this laptop applied or refused (refused ones are not fetched again unchanged)."""

    __tablename__ = "sync_segment"
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    etag: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(12))  # applied | refused
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncPeer(Base):
    """A laptop paired with this one over the LAN. Its secret is in the keyring (or the secrets file)."""

    __tablename__ = "sync_peer"
    laptop_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(64), default="")
    port: Mapped[int] = mapped_column(Integer, default=0)
    paired_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sync: Mapped[datetime | None] = mapped_column(default=None)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class RlModel(Synced, Base):
    __tablename__ = "rl_model"
    __table_args__ = (Index("ix_rl_model_racer", "racer_id"), Index("ix_rl_model_md5", "md5"))
    racer_id: Mapped[str | None] = mapped_column(ForeignKey("racer.id"), default=None)
    name: Mapped[str] = mapped_column(String(100))
    md5: Mapped[str] = mapped_column(String(32))
    sensors: Mapped[str] = mapped_column(String(200), default="")
    action_space_type: Mapped[str] = mapped_column(String(12), default="discrete")
    training_algorithm: Mapped[str] = mapped_column(String(20), default="clipped_ppo")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    file_path: Mapped[str] = mapped_column(Text, default="")  # relative to the data folder
    came_from: Mapped[str] = mapped_column(String(20), default="")  # upload | usb | import
    status: Mapped[str] = mapped_column(String(20), default="ready")
    # model_metadata.json as stored now (None: stored before metadata was kept; read it from the file)
    model_metadata: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    metadata_since: Mapped[datetime | None] = mapped_column(default=None)  # None: since created_at


class RlModelRevision(Synced, Base):
    """A model_metadata.json a library model had before the racer handed in the same .pb with new metadata.

    Identity is the .pb's MD5, but the metadata (speeds, action space) is the racer's to change; the model
    row always holds the newest, and each earlier one is kept here.
    """

    __tablename__ = "rl_model_revision"
    __table_args__ = (Index("ix_rl_model_revision_model", "model_id"),)
    model_id: Mapped[str] = mapped_column(ForeignKey("rl_model.id"))
    model_metadata: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    sensors: Mapped[str] = mapped_column(String(200), default="")
    action_space_type: Mapped[str] = mapped_column(String(12), default="discrete")
    training_algorithm: Mapped[str] = mapped_column(String(20), default="clipped_ppo")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    came_from: Mapped[str] = mapped_column(String(20), default="")
    stored_since: Mapped[datetime | None] = mapped_column(default=None)  # when this metadata came in


class Car(Synced, Base):
    __tablename__ = "car"
    key: Mapped[str] = mapped_column(String(100), unique=True)  # chassis serial, else hostname
    hostname: Mapped[str] = mapped_column(String(100), default="")
    chassis_serial: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(64), default="")  # last seen, never the identity
    fleet_id: Mapped[str | None] = mapped_column(ForeignKey("fleet.id"), default=None)
    credentials_ref: Mapped[str] = mapped_column(String(100), default="")
    ssh_host_key: Mapped[str] = mapped_column(Text, default="")  # pinned on first use
    tls_fingerprint: Mapped[str] = mapped_column(String(100), default="")  # pinned on first use
    last_seen: Mapped[datetime | None] = mapped_column(default=None)
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    loaded_model: Mapped[str] = mapped_column(String(100), default="")  # the stock API can't tell us


class CarJob(Synced, Base):
    __tablename__ = "car_job"
    car_id: Mapped[str] = mapped_column(ForeignKey("car.id"))
    kind: Mapped[str] = mapped_column(String(20))  # push | delete | restart | stop | led | logs
    status: Mapped[str] = mapped_column(String(12), default="queued")
    progress: Mapped[float] = mapped_column(default=0.0)
    log: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class QueueEntry(Synced, Base):
    """A racer on deck for a track: the run queue the timekeeper takes the next racer from (N)."""

    __tablename__ = "queue_entry"
    __table_args__ = (Index("ix_queue_track", "track_id", "state", "position"),)
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    track_id: Mapped[str] = mapped_column(ForeignKey("track.id"))
    racer_id: Mapped[str] = mapped_column(ForeignKey("racer.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # 0 = next; rewritten on reorder
    model_id: Mapped[str | None] = mapped_column(String(36), default=None)  # None: newest ready model
    state: Mapped[str] = mapped_column(String(12), default="queued")  # queued | on_track
    run_id: Mapped[str | None] = mapped_column(String(36), default=None)  # the run it became


SYNCED_TABLES: tuple[type[Synced], ...] = (
    Event,
    Fleet,
    Track,
    Racer,
    Run,
    Lap,
    RlModel,
    RlModelRevision,
    Car,
    CarJob,
    QueueEntry,
)
REPLICATED: tuple[type[Synced], ...] = (Fleet, Event, Track, Racer, RlModel, RlModelRevision, Run, Lap)
"""Tables whose changes travel between laptops, parents before children (docs/sync.md, section 1)."""
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"racer": frozenset({"merged_into"})}
"""Columns kept per laptop, never logged or sent."""
