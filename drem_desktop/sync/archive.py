"""The one-file event archive (.dremz): an event's rows, its racers' model files and its logs, sealed.

A zip file. ``manifest.json`` lists every other member with its size and SHA-256; the zip's comment holds
``drem-seal:<sha256>`` of the whole file as written, so a byte changed anywhere (a member, a header, the
manifest itself) is caught. Restoring checks everything before anything is written, and names the file
that does not match.

Logs travel when they live under the data folder's ``logs/`` in a folder named after the event or one of
its runs (``logs/<event id>/…``, ``logs/<run id>/…``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from drem_desktop.i18n import _
from drem_desktop.paths import DataPaths

FORMAT = "drem-desktop-event-archive"
VERSION = 1
SEAL = b"drem-seal:"
SEAL_LENGTH = len(SEAL) + 64
EOCD = b"PK\x05\x06"
MANIFEST = "manifest.json"
MAX_MEMBER_BYTES = 4 * 1024**3
Progress = Callable[[float, str], None]


class ArchiveError(ValueError):
    """The archive cannot be restored; the message names the file and says why. Nothing was written."""


def _quiet(_f: float, _w: str) -> None:
    return None


@dataclass(slots=True)
class ArchiveContents:
    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    files: dict[str, bytes]  # member name (models/…, logs/…) -> content


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def event_logs(data_dir: Path, ids: set[str]) -> list[Path]:
    logs = DataPaths(data_dir).logs
    if not logs.is_dir():
        return []
    found = []
    for path in sorted(logs.rglob("*")):
        if path.is_file() and not path.is_symlink() and ids & set(path.relative_to(logs).parts[:-1]):
            found.append(path)
    return found


def write_archive(
    out: Path,
    rows: dict[str, list[dict[str, Any]]],
    data_dir: Path,
    *,
    app_version: str,
    progress: Progress = _quiet,
) -> Path:
    """Packs the rows and the files they name into ``out``; written beside it and renamed when sealed."""
    event = rows["event"][0]
    ids = {str(event["id"]), *(str(r["id"]) for r in rows.get("run") or [])}
    files: list[tuple[str, Path]] = []
    for m in rows.get("rl_model") or []:
        rel = str(m.get("file_path") or "")
        if rel and (data_dir / rel).is_file():
            files.append((rel, data_dir / rel))
    files += [(p.relative_to(data_dir).as_posix(), p) for p in event_logs(data_dir, ids)]
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    listing: dict[str, dict[str, Any]] = {}
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            tables = sorted(rows)
            for i, table in enumerate(tables):
                progress(0.1 + 0.4 * i / len(tables), _("Packing {table} rows…").format(table=table))
                data = json.dumps(rows[table], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                name = f"rows/{table}.json"
                z.writestr(name, data)
                listing[name] = {"sha256": _sha(data), "size": len(data)}
            for i, (name, path) in enumerate(files):
                progress(0.5 + 0.4 * i / max(1, len(files)), _("Packing {name}…").format(name=name))
                digest, size = _file_sha(path)
                z.write(path, name)
                listing[name] = {"sha256": digest, "size": size}
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": datetime.now(UTC).isoformat(),
                "app_version": app_version,
                "event": {"id": event["id"], "name": event["name"], "date": event.get("event_date", "")},
                "counts": {table: len(rows[table]) for table in tables},
                "files": listing,
            }
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        _seal(partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    progress(1.0, _("Saved {name}.").format(name=out.name))
    return out


def _seal(path: Path) -> None:
    data = path.read_bytes()
    if data[-22:-18] != EOCD or data[-2:] != b"\x00\x00":
        raise RuntimeError("unexpected zip end record")
    comment = SEAL + _sha(data).encode("ascii")
    path.write_bytes(data[:-2] + len(comment).to_bytes(2, "little") + comment)


def _seal_holds(data: bytes) -> bool:
    end = len(data) - SEAL_LENGTH - 22
    if end < 0 or data[end : end + 4] != EOCD:
        return False
    if int.from_bytes(data[end + 20 : end + 22], "little") != SEAL_LENGTH:
        return False
    comment = data[-SEAL_LENGTH:]
    if not comment.startswith(SEAL):
        return False
    original = data[: end + 20] + b"\x00\x00"
    return _sha(original).encode("ascii") == comment[len(SEAL) :]


def read_archive(path: Path) -> ArchiveContents:
    """Everything in the archive, checked member by member and as a whole; refuses at the first mismatch."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArchiveError(
            _("{file}: cannot be read ({error}).").format(file=name, error=exc.strerror)
        ) from None
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArchiveError(
            _("{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).").format(
                file=name
            )
        ) from None
    with z:
        members = {}
        for info in z.infolist():
            member = info.filename
            if info.file_size > MAX_MEMBER_BYTES or not _safe_member(member):
                raise ArchiveError(
                    _(
                        "{file}: member {member} is not one an event archive holds: the archive was altered."
                    ).format(file=name, member=member)
                )
            try:
                members[member] = z.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ArchiveError(
                    _("{file}: {member} is damaged ({error}); nothing was restored.").format(
                        file=name, member=member, error=exc
                    )
                ) from None
            except Exception as exc:  # zlib.error and friends: a damaged compressed stream
                raise ArchiveError(
                    _("{file}: {member} is damaged ({error}); nothing was restored.").format(
                        file=name, member=member, error=exc
                    )
                ) from None
    if MANIFEST not in members:
        raise ArchiveError(
            _("{file} has no manifest.json: it is not a DREM event archive.").format(file=name)
        )
    try:
        manifest = json.loads(members.pop(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ArchiveError(
            _("{file}: manifest.json does not match (it is not readable).").format(file=name)
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(
            _("{file}: manifest.json does not match: this is not a DREM event archive.").format(file=name)
        )
    if manifest.get("version") != VERSION:
        raise ArchiveError(
            _("{file} was made by a newer DREM Desktop (archive version {v}); update this one first.").format(
                file=name, v=manifest.get("version")
            )
        )
    listing = manifest.get("files")
    if not isinstance(listing, dict):
        raise ArchiveError(_("{file}: manifest.json does not match (no file list).").format(file=name))
    for member, content in sorted(members.items()):
        entry = listing.get(member)
        if not isinstance(entry, dict):
            raise ArchiveError(
                _("{file}: {member} is not in the manifest: the archive was altered.").format(
                    file=name, member=member
                )
            )
        if entry.get("size") != len(content) or entry.get("sha256") != _sha(content):
            raise ArchiveError(
                _(
                    "{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged "
                    "or was altered; nothing was restored."
                ).format(file=name, member=member)
            )
    missing = sorted(set(listing) - set(members))
    if missing:
        raise ArchiveError(
            _("{file}: {member} is listed in the manifest but missing.").format(file=name, member=missing[0])
        )
    if not _seal_holds(data):
        raise ArchiveError(
            _(
                "{file}: the archive's seal does not match: its zip headers or index were changed after "
                "it was written; nothing was restored."
            ).format(file=name)
        )
    rows: dict[str, list[dict[str, Any]]] = {}
    files: dict[str, bytes] = {}
    for member, content in members.items():
        if member.startswith("rows/") and member.endswith(".json"):
            table = member[len("rows/") : -len(".json")]
            try:
                value = json.loads(content.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                raise ArchiveError(
                    _("{file}: {member} is not readable JSON.").format(file=name, member=member)
                ) from None
            if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
                raise ArchiveError(
                    _("{file}: {member} is not a list of rows.").format(file=name, member=member)
                )
            rows[table] = value
        else:
            files[member] = content
    return ArchiveContents(manifest, rows, files)


def _safe_member(member: str) -> bool:
    p = PurePosixPath(member)
    if member.startswith("/") or "\\" in member or ".." in p.parts or not p.parts:
        return False
    return member == MANIFEST or p.parts[0] in ("rows", "models", "logs")


@dataclass(frozen=True, slots=True)
class PlacedFiles:
    """Restored files written to a staging folder, waiting for the rows: calling it moves them into place;
    :meth:`discard` drops them (the rows were refused)."""

    staging: Path
    staged: tuple[tuple[Path, Path], ...]

    def __call__(self) -> None:
        for tmp, target in self.staged:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.replace(target)
        self.discard()

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def place_files(data_dir: Path, files: dict[str, bytes]) -> PlacedFiles:
    """Writes the files into a staging folder inside the data folder; returns the step that moves them into
    place (call it once the rows are committed). Files already there with the same content are kept."""
    staging = data_dir / "staging" / f"restore-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"
    staged: list[tuple[Path, Path]] = []
    try:
        for member, content in files.items():
            target = data_dir / member
            if target.is_file() and _file_sha(target)[0] == _sha(content):
                continue
            tmp = staging / member
            tmp.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(content)
            staged.append((tmp, target))
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return PlacedFiles(staging, tuple(staged))
