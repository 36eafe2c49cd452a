"""Results leaving the laptop: CSV, JSON, PDF, the cloud manager's bundle and the one-file event archive.

One service for the CLI and the Export dialog. Each call takes a snapshot of the event's results first
(``sync/results.py``) and writes files from it; files are written beside their target and renamed into
place, so a failed or cancelled export leaves no half file. ``progress(fraction, words)`` is called as the
work advances; it may raise ``ExportCancelled`` to stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from drem_desktop.domain.leaderboard import COMBINED, LeaderboardRow
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.records import EventInfo, RacerRecord, RunRecord
from drem_desktop.i18n import _
from drem_desktop.services.leaderboards import LeaderboardService
from drem_desktop.store.db import Database
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.racers_repo import RacerRepository
from drem_desktop.store.runs_repo import RunRepository
from drem_desktop.sync import csv_export, json_dump
from drem_desktop.sync.results import EventResults, cloud_user_id, gather

Progress = Callable[[float, str], None]

FORMATS = ("laps-csv", "summary-csv", "json", "pdf-summary", "pdf-podium", "pdf-certificates")
PAPERS = ("a4", "letter")
SUFFIX = {"laps-csv": ".csv", "summary-csv": ".csv", "json": ".json"}


class ExportCancelled(Exception):
    """The person cancelled; nothing was left half-written."""


class ExportError(ValueError):
    """The export cannot be made as asked; the message says why and what to do."""


def _quiet(_fraction: float, _words: str) -> None:
    return None


def file_stem(name: str) -> str:
    """An event name as a safe file name part."""
    stem = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-")
    return stem[:60] or "event"


@dataclass(slots=True)
class AppResultsSource:
    """The leaderboard service and the stores, as ``sync.results.gather`` reads them."""

    events: EventRepository
    racer_repo: RacerRepository
    runs_repo: RunRepository
    leaderboards: LeaderboardService

    def event(self, event_id: str) -> EventInfo:
        return self.events.get(event_id)

    def racers(self) -> dict[str, RacerRecord]:
        return self.racer_repo.all_by_id()

    def runs(self, event_id: str) -> list[RunRecord]:
        from drem_desktop.store.export_repo import counted_runs

        return counted_runs(self.runs_repo.db, event_id)

    def board_rows(self, event_id: str, track: str, ranking: Ranking) -> list[LeaderboardRow]:
        return list(self.leaderboards.rows(event_id, track, ranking))


class Exports:
    def __init__(
        self,
        source: AppResultsSource,
        db: Database,
        data_dir: Path,
        *,
        logo: Callable[[], Path | None] = lambda: None,
        on_restored: Callable[[str], None] = lambda _event_id: None,
    ) -> None:
        self._source = source
        self._db = db
        self._data_dir = data_dir
        self._logo = logo
        self._on_restored = on_restored

    def results(self, event_id: str) -> EventResults:
        return gather(self._source, event_id)

    def default_name(self, results: EventResults, fmt: str, track: str = COMBINED) -> str:
        part = "" if track == COMBINED or fmt in ("json", "pdf-summary") else f"-track{track}"
        return f"{file_stem(results.event.name)}-{fmt}{part}{SUFFIX.get(fmt, '.pdf')}"

    def export(
        self,
        event_id: str,
        fmt: str,
        out: Path,
        *,
        track: str = COMBINED,
        paper: str = "a4",
        progress: Progress = _quiet,
    ) -> Path:
        """Writes one export; ``out`` is a file, or a folder to put it in under its usual name."""
        if fmt not in FORMATS:
            raise ExportError(
                _("Unknown export format “{fmt}”: use one of {formats}.").format(
                    fmt=fmt, formats=", ".join(FORMATS)
                )
            )
        if paper not in PAPERS:
            raise ExportError(_("Paper must be a4 or letter, not “{paper}”.").format(paper=paper))
        progress(0.0, _("Reading the results…"))
        track = str(track)
        if fmt == "laps-csv":
            return self._laps_csv(event_id, out, track, progress)
        results = self.results(event_id)
        if track not in results.board_keys():
            numbers = ", ".join(str(t.number) for t in results.event.tracks) or "-"
            raise ExportError(
                _("Event “{event}” has no track {track} (tracks: {tracks}, or combined).").format(
                    event=results.event.name, track=track, tracks=numbers
                )
            )
        path = out / self.default_name(results, fmt, track) if out.is_dir() else out
        progress(0.2, _("Writing {name}…").format(name=path.name))
        if fmt == "summary-csv":
            csv_export.write_summary(results, path, track)
        elif fmt == "json":
            json_dump.write_json(results, path)
        else:
            from drem_desktop.sync import pdf_results

            writer = {
                "pdf-summary": pdf_results.write_summary,
                "pdf-podium": pdf_results.write_podium,
                "pdf-certificates": pdf_results.write_certificates,
            }[fmt]
            writer(results, path, track=track, paper=paper, logo=self._logo(), progress=progress)
        progress(1.0, _("Saved {name}.").format(name=path.name))
        return path

    def _laps_csv(self, event_id: str, out: Path, track: str, progress: Progress) -> Path:
        """Every lap, straight from one query: no leaderboard is needed for this file."""
        from drem_desktop.store.export_repo import lap_csv_lines

        event = self._source.event(event_id)
        track_id = None
        if track != COMBINED:
            found = [t.track_id for t in event.tracks if str(t.number) == track]
            if not found:
                numbers = ", ".join(str(t.number) for t in event.tracks) or "-"
                raise ExportError(
                    _("Event “{event}” has no track {track} (tracks: {tracks}, or combined).").format(
                        event=event.name, track=track, tracks=numbers
                    )
                )
            track_id = found[0]
        users = {rid: cloud_user_id(r) for rid, r in self._source.racers().items()}
        name = f"{file_stem(event.name)}-laps-csv{'' if track == COMBINED else f'-track{track}'}.csv"
        path = out / name if out.is_dir() else out
        progress(0.2, _("Writing {name}…").format(name=path.name))
        csv_export.write_csv_text(
            path, csv_export.LAP_COLUMNS, lap_csv_lines(self._db, event_id, track_id, users)
        )
        progress(1.0, _("Saved {name}.").format(name=path.name))
        return path

    # -- the cloud manager's bundle -----------------------------------------------------------------
    def export_drem(self, event_ids: list[str], out: Path, *, progress: Progress = _quiet) -> Path:
        """A bundle folder the cloud manager's ``scripts/drem_import.py --input`` takes."""
        from drem_desktop.store.export_repo import bundle_extras
        from drem_desktop.sync.drem_export import write_bundle

        if not event_ids:
            raise ExportError(_("Name at least one event to export."))
        results = []
        for i, event_id in enumerate(event_ids):
            progress(0.4 * i / len(event_ids), _("Reading the results…"))
            results.append(self.results(event_id))
        racer_ids = {r.racer_id for res in results for r in res.runs}
        fleet_ids = {t.fleet_id for res in results for t in res.event.tracks if t.fleet_id}
        extras = bundle_extras(self._db, [r.event.event_id for r in results], racer_ids, fleet_ids)
        path = write_bundle(results, extras, out, progress)
        progress(1.0, _("Saved {name}.").format(name=path.name))
        return path

    # -- the one-file event archive -----------------------------------------------------------------
    def archive(self, event_id: str, out: Path, *, progress: Progress = _quiet) -> Path:
        from drem_desktop import __version__
        from drem_desktop.store.archive_repo import event_rows
        from drem_desktop.sync.archive import write_archive

        progress(0.0, _("Reading the event…"))
        rows = event_rows(self._db, event_id)
        if out.is_dir():
            out = out / f"{file_stem(str(rows['event'][0]['name']))}.dremz"
        return write_archive(out, rows, self._data_dir, app_version=__version__, progress=progress)

    def restore(self, path: Path, *, progress: Progress = _quiet) -> tuple[str, dict[str, int]]:
        """Brings an archived event back; everything is checked first, and nothing is written on a refusal."""
        from drem_desktop.store.archive_repo import restore_rows
        from drem_desktop.sync.archive import place_files, read_archive

        progress(0.1, _("Checking {name}…").format(name=path.name))
        contents = read_archive(path)
        progress(0.5, _("Restoring the event…"))
        commit = place_files(self._data_dir, contents.files)
        try:
            counts = restore_rows(self._db, contents.rows)
        except BaseException:
            commit.discard()
            raise
        commit()
        event_id = str(contents.rows["event"][0]["id"])
        self._on_restored(event_id)
        progress(1.0, _("Restored."))
        return event_id, counts
