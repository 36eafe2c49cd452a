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
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.racers_repo import RacerRepository
from drem_desktop.store.runs_repo import RunRepository
from drem_desktop.sync import csv_export, json_dump
from drem_desktop.sync.results import EventResults, gather

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
        return self.runs_repo.list(event_id)

    def board_rows(self, event_id: str, track: str, ranking: Ranking) -> list[LeaderboardRow]:
        return self.leaderboards.rows(event_id, track, ranking)


class Exports:
    def __init__(self, source: AppResultsSource, *, logo: Callable[[], Path | None] = lambda: None) -> None:
        self._source = source
        self._logo = logo

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
        results = self.results(event_id)
        track = str(track)
        try:
            results.board(track)
        except KeyError:
            numbers = ", ".join(str(t.number) for t in results.event.tracks) or "-"
            raise ExportError(
                _("Event “{event}” has no track {track} (tracks: {tracks}, or combined).").format(
                    event=results.event.name, track=track, tracks=numbers
                )
            ) from None
        path = out / self.default_name(results, fmt, track) if out.is_dir() else out
        progress(0.2, _("Writing {name}…").format(name=path.name))
        if fmt == "laps-csv":
            csv_export.write_laps(results, path, track)
        elif fmt == "summary-csv":
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
