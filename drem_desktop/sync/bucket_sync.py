"""Push and pull an event's segments and models through a bucket (docs/sync.md, sections 6 and 8).

Blocking (boto3 and SQLite): the sync service runs it in its executor. A refused segment is recorded,
reported by name and skipped; the other segments, origins and events go on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from drem_desktop.domain.changes import Change
from drem_desktop.i18n import _
from drem_desktop.store.replica import ORDER, Applied, Replica
from drem_desktop.store.schema import SyncSegment, utcnow
from drem_desktop.sync.bucket import Bucket, BucketError, sha256_of
from drem_desktop.sync.segment import (
    MAX_CHANGES,
    SegmentRefused,
    decode_segment,
    encode_segment,
    parse_segment_name,
    segment_name,
)
from drem_desktop.sync.validate import is_uuid

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # what, done, total


@dataclass
class Report:
    """What one push or pull did, in words for the status and the CLI."""

    pushed_segments: int = 0
    pushed_bytes: int = 0
    pulled_segments: int = 0
    pulled_bytes: int = 0
    applied: Applied = field(default_factory=Applied)
    refused: list[str] = field(default_factory=list)  # "key: reason"
    models_up: int = 0
    models_down: int = 0
    model_problems: list[str] = field(default_factory=list)

    def merge(self, other: Report) -> None:
        self.pushed_segments += other.pushed_segments
        self.pushed_bytes += other.pushed_bytes
        self.pulled_segments += other.pulled_segments
        self.pulled_bytes += other.pulled_bytes
        self.applied.merge(other.applied)
        self.refused.extend(other.refused)
        self.models_up += other.models_up
        self.models_down += other.models_down
        self.model_problems.extend(other.model_problems)


def coverage(ranges: Iterable[tuple[int, int]]) -> int:
    """How far segments reach without a gap from change number 1."""
    reach = 0
    for first, last in sorted(ranges):
        if first > reach + 1:
            break
        reach = max(reach, last)
    return reach


class BucketSync:
    def __init__(
        self,
        replica: Replica,
        bucket: Bucket,
        data_dir: Path,
        known_coverage: dict[tuple[str, str], int] | None = None,
        *,
        thorough: bool = True,
    ) -> None:
        """``known_coverage``: how far the bucket was seen to hold each (event, origin), kept by the caller
        between runs so a push of one new change is one PUT; ``thorough`` lists and checks everything
        (the quick pushes between full syncs do not)."""
        self.replica = replica
        self.bucket = bucket
        self.data_dir = data_dir
        self.db = replica.db
        self.covered = known_coverage if known_coverage is not None else {}
        self.thorough = thorough

    # -- layout -----------------------------------------------------------------------------------
    def _changes_prefix(self, event_id: str, origin: str = "") -> str:
        base = self.bucket.settings.key("events", event_id, "changes")
        return f"{base}/{origin}/" if origin else f"{base}/"

    def _segments(self, event_id: str, origin: str, start_after: str = "") -> list[tuple[str, int, int, str]]:
        prefix = self._changes_prefix(event_id, origin)
        objects, _folders = self.bucket.list(prefix, start_after=start_after)
        out = []
        for o in objects:
            parsed = parse_segment_name(o.key[len(prefix) :])
            if parsed is not None:
                out.append((o.key, parsed[0], parsed[1], o.etag))
        return out

    def _origins(self, event_id: str) -> list[str]:
        prefix = self._changes_prefix(event_id)
        _objects, folders = self.bucket.list(prefix, delimiter="/")
        names = [f[len(prefix) :].strip("/") for f in folders]
        return [n for n in names if is_uuid(n)]

    # -- push ---------------------------------------------------------------------------------------
    def push(self, event_ids: Iterable[str] | None = None) -> Report:
        report = Report()
        for event_id in event_ids if event_ids is not None else self.replica.events():
            report.merge(self._push_event(event_id))
        return report

    def _push_event(self, event_id: str) -> Report:
        report = Report()
        if self.thorough or (event_id, "") not in self.covered:
            self._write_manifest(event_id)
            self.covered[(event_id, "")] = 1
        known = self._known_segments() if self.thorough else {}
        for origin, mine in sorted(self.replica.frontier(event_id).items()):
            wanted = self._last_replicated(event_id, origin, mine)
            if wanted == 0:
                continue
            covered = self.covered.get((event_id, origin))
            if self.thorough or covered is None:
                listed = self._segments(event_id, origin)
                if self.thorough:
                    report.pushed_segments += self._repair(event_id, origin, mine, listed, known)
                listed_reach = coverage((f, last) for _k, f, last, _e in listed)
                # a full sync trusts the listing (an endpoint restarted empty, a prefix wiped: written
                # again); a quick push's first look cannot know less than what it wrote itself
                covered = listed_reach if self.thorough else max(covered or 0, listed_reach)
                self.covered[(event_id, origin)] = covered
            if covered >= wanted:
                continue
            changes = self.replica.changes(event_id, origin, covered, wanted)
            start = covered
            parts = _parts(changes, MAX_CHANGES)
            for number, part in enumerate(parts, start=1):
                last = wanted if number == len(parts) else part[-1].seq
                blob = encode_segment(event_id, origin, start + 1, last, part)
                key = self._changes_prefix(event_id, origin) + segment_name(start + 1, last)
                self._record(key, self.bucket.put(key, blob), "pushed")
                report.pushed_segments += 1
                report.pushed_bytes += len(blob)
                start = last
                self.covered[(event_id, origin)] = last
        return report

    def _repair(
        self,
        event_id: str,
        origin: str,
        mine: int,
        listed: list[tuple[str, int, int, str]],
        known: dict[str, tuple[str, str, str]],
    ) -> int:
        """Checks once each segment whose changes this laptop holds: same bytes as it would write (the
        bytes are deterministic). A damaged copy is written again, so the laptops that refused it fetch
        the good one. Returns how many were rewritten."""
        rewritten = 0
        for key, first, last, etag in listed:
            if last > mine or known.get(key, ("", "", ""))[:2] in ((etag, "pushed"), (etag, "applied")):
                continue
            blob = encode_segment(
                event_id, origin, first, last, self.replica.changes(event_id, origin, first - 1, last)
            )
            if hashlib.md5(blob).hexdigest() != etag:
                log.warning("bucket segment %s is damaged: writing it again", key)
                etag = self.bucket.put(key, blob)
                rewritten += 1
            self._record(key, etag, "pushed")
        return rewritten

    def _last_replicated(self, event_id: str, origin: str, upto: int) -> int:
        """The last change of the origin within ``upto`` that travels for the event (0: none)."""
        names = ",".join(f"'{t}'" for t in ORDER)
        with self.db.engine.connect() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT coalesce(max(seq), 0) FROM change_log WHERE origin = :o AND seq <= :u "
                        f"AND table_name IN ({names}) AND (event_id = :e OR event_id IS NULL)"
                    ),
                    {"o": origin, "u": upto, "e": event_id},
                ).scalar_one()
            )

    def _write_manifest(self, event_id: str) -> None:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT name, event_date, deleted FROM event WHERE id = :e"), {"e": event_id}
            ).one_or_none()
        if row is None:
            return
        body = json.dumps(
            {"id": event_id, "name": row[0], "date": row[1], "deleted": bool(row[2])}, sort_keys=True
        ).encode()
        key = self.bucket.settings.key("events", event_id, "event.json")
        head = self.bucket.head(key)
        if head is None or str(head.get("ETag", "")).strip('"') != hashlib.md5(body).hexdigest():
            self.bucket.put(key, body)

    # -- pull ---------------------------------------------------------------------------------------
    def pull(self, event_ids: Iterable[str] | None = None) -> Report:
        report = Report()
        for event_id in event_ids if event_ids is not None else self.replica.events():
            report.merge(self._pull_event(event_id))
        return report

    def _known_segments(self) -> dict[str, tuple[str, str, str]]:
        with self.db.engine.connect() as conn:
            return {
                k: (e, s, r)
                for k, e, s, r in conn.execute(
                    select(SyncSegment.key, SyncSegment.etag, SyncSegment.status, SyncSegment.reason)
                )
            }

    def _record(self, key: str, etag: str, status: str, reason: str = "") -> None:
        with self.db.engine.begin() as conn:
            stmt = sqlite_insert(SyncSegment).values(
                key=key, etag=etag, status=status, reason=reason, at=utcnow()
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["key"],
                    set_={"etag": etag, "status": status, "reason": reason, "at": utcnow()},
                )
            )

    def _pull_event(self, event_id: str) -> Report:
        report = Report()
        known = self._known_segments()
        have = self.replica.frontier(event_id)
        for origin in self._origins(event_id):
            if origin == self.replica.laptop_id:
                continue
            reach = have.get(origin, 0)
            segments = sorted(self._segments(event_id, origin), key=lambda s: (s[1], -s[2]))
            listed_reach = coverage((f, last) for _k, f, last, _e in segments)
            self.covered[(event_id, origin)] = listed_reach  # what the bucket holds, as listed now
            held = reach  # how far this laptop's cursor says it holds the origin's changes
            for key, first, last, etag in segments:
                if last <= reach:
                    continue
                seen = known.get(key)
                if seen is not None and seen[0] == etag:
                    if seen[1] == "refused":
                        report.refused.append(f"{key}: {seen[2]}")
                        continue
                    if first <= reach + 1:
                        reach = last  # applied before: only the cursor was behind
                    continue
                try:
                    blob = self.bucket.get(key)
                    report.pulled_bytes += len(blob)
                    segment = decode_segment(key, blob)
                    if (
                        segment.event != event_id
                        or segment.origin != origin
                        or (segment.first, segment.last) != (first, last)
                    ):
                        raise SegmentRefused(key, _("its header does not match its name"))
                except SegmentRefused as exc:
                    log.warning("segment refused: %s", exc)
                    self._record(key, etag, "refused", exc.reason)
                    report.refused.append(str(exc))
                    continue
                contiguous = first <= reach + 1
                cursors = [(event_id, origin, last)] if contiguous else []
                report.applied.merge(self.replica.apply(segment.changes, cursors))
                self._record(key, etag, "applied")
                report.pulled_segments += 1
                if contiguous:
                    reach = max(reach, last)
                    held = reach
            if reach > held:  # segments applied before closed the gap: the cursor catches up
                self.replica.move_cursors([(event_id, origin, reach)])
        return report

    # -- join ---------------------------------------------------------------------------------------
    def events_in_bucket(self) -> list[dict[str, Any]]:
        prefix = self.bucket.settings.key("events") + "/"
        _objects, folders = self.bucket.list(prefix, delimiter="/")
        found = []
        for folder in folders:
            event_id = folder[len(prefix) :].strip("/")
            if not is_uuid(event_id):
                continue
            try:
                manifest = json.loads(self.bucket.get(f"{folder}event.json", limit=64 * 1024))
                name = str(manifest.get("name", ""))
                deleted = bool(manifest.get("deleted", False))
                day = str(manifest.get("date", ""))
            except (BucketError, ValueError, AttributeError):
                name, deleted, day = "", False, ""
            found.append({"id": event_id, "name": name, "date": day, "deleted": deleted})
        return found

    def find_event(self, key: str) -> str:
        events = self.events_in_bucket()
        for e in events:
            if e["id"] == key:
                return str(e["id"])
        named = [e for e in events if e["name"] == key and not e["deleted"]]
        if len(named) == 1:
            return str(named[0]["id"])
        if len(named) > 1:
            raise BucketError(
                "refused",
                _("{n} events in the bucket are named “{name}”: give its id ({ids}).").format(
                    n=len(named), name=key, ids=", ".join(e["id"] for e in named)
                ),
            )
        listing = ", ".join(f"“{e['name']}”" for e in events if not e["deleted"]) or _("none")
        raise BucketError(
            "missing",
            _("No event “{key}” in {url} (events there: {listing}).").format(
                key=key, url=self.bucket.settings.url, listing=listing
            ),
        )

    # -- models ---------------------------------------------------------------------------------------
    def _model_key(self, md5: str) -> str:
        return self.bucket.settings.key("models", f"{md5}.tar.gz")

    def models(self) -> list[tuple[str, str, str]]:
        """(md5, file path, name) of every model row that is not deleted."""
        with self.db.engine.connect() as conn:
            return [
                (m, p, n)
                for m, p, n in conn.execute(
                    text("SELECT md5, file_path, name FROM rl_model WHERE deleted = 0 AND file_path != ''")
                )
            ]

    def push_models(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> Report:
        report = Report()
        done: set[str] = set()
        for md5, rel, name in self.models():
            path = self.data_dir / rel
            if md5 in done or not path.is_file():
                continue
            done.add(md5)
            key = self._model_key(md5)
            if self.bucket.head(key) is not None:
                continue
            self.bucket.upload_file(
                key,
                path,
                self.data_dir / "sync" / "uploads" / f"{md5}.json",
                metadata={"sha256": sha256_of(path), "model-md5": md5},
                progress=_named(progress, name),
                cancelled=cancelled,
            )
            report.models_up += 1
        return report

    def pull_models(
        self,
        check: Callable[[Path], str | None],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Report:
        """Fetch model files this laptop lacks. ``check(path)`` gives the .pb fingerprint of a checked
        archive (None when it is not a model); a file that fails any check is not kept."""
        report = Report()
        for md5, rel, name in self.models():
            target = self.data_dir / rel
            if target.is_file():
                continue
            key = self._model_key(md5)
            if self.bucket.head(key) is None:
                continue
            part = self.data_dir / "sync" / "downloads" / f"{md5}.tar.gz.part"
            meta = self.bucket.download_file(
                key,
                part,
                progress=_named(progress, name),
                cancelled=cancelled,
            )
            problem = None
            if meta.get("sha256") and sha256_of(part) != meta["sha256"]:
                problem = _(
                    "{name}: the downloaded file differs from the one uploaded (checksum); "
                    "fetched again next time."
                )
            elif check(part) != md5:
                problem = _("{name}: the downloaded file is not the model its name says; not kept.")
            if problem:
                part.unlink(missing_ok=True)
                report.model_problems.append(problem.format(name=name))
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(part, target)
            report.models_down += 1
        return report

    # -- agreement (sync --once exits 0 when both sides hold the same) ------------------------------
    def agrees(self, event_ids: Iterable[str] | None = None) -> list[str]:
        """What still differs between this laptop and the bucket, in words (empty: they agree)."""
        differences = []
        for event_id in event_ids if event_ids is not None else self.replica.events():
            mine = self.replica.frontier(event_id)
            origins = set(self._origins(event_id)) | set(mine)
            for origin in sorted(origins):
                segments = self._segments(event_id, origin)
                covered = coverage((f, last) for _k, f, last, _e in segments)
                wanted = self._last_replicated(event_id, origin, mine.get(origin, 0))
                if covered < wanted:
                    differences.append(
                        _("event {e}: the bucket lacks changes of laptop {o}").format(e=event_id, o=origin)
                    )
                if origin != self.replica.laptop_id and mine.get(origin, 0) < covered:
                    differences.append(
                        _("event {e}: this laptop lacks changes of laptop {o}").format(e=event_id, o=origin)
                    )
        return differences


def _parts(changes: list[Change], size: int) -> list[list[Change]]:
    if not changes:
        return []
    return [changes[i : i + size] for i in range(0, len(changes), size)]


def _named(progress: Progress | None, name: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    report = progress

    def step(done: int, total: int) -> None:
        report(name, done, total)

    return step
