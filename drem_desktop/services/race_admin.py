"""Race admin: corrections after a run was submitted. Every change lands in the change log (who, when,
before, after) so results stay traceable."""

from __future__ import annotations

from typing import Any

from drem_desktop.bus import Bus
from drem_desktop.domain.errors import StoreError
from drem_desktop.domain.history import HistoryEntry, summarize
from drem_desktop.domain.records import LapRecord, RunRecord
from drem_desktop.domain.run import LIVE_STATES
from drem_desktop.events import RunChanged
from drem_desktop.i18n import _
from drem_desktop.store.runs_repo import RunRepository


class RaceAdmin:
    def __init__(self, runs: RunRepository, bus: Bus) -> None:
        self._runs = runs
        self._bus = bus

    def runs(
        self,
        event_id: str,
        track_id: str | None = None,
        include_deleted: bool = True,
        include_deleted_laps: bool = False,
    ) -> list[RunRecord]:
        """Runs with their laps; deleted runs are included (they can be restored), deleted laps on request."""
        return self._runs.list(event_id, track_id, include_deleted, include_deleted_laps)

    def _changed(self, run_id: str, what: str) -> None:
        run = self._runs.get(run_id)
        self._bus.publish(RunChanged(run.run_id, run.event_id, run.track_id, run.racer_id, what))

    def _require_finished(self, run_id: str) -> None:
        if self._runs.get(run_id).state in {s.value for s in LIVE_STATES}:
            raise StoreError(_("This run is still in progress: change its laps in the timekeeper."))

    def edit_lap(self, run_id: str, lap_id: str, **changes: Any) -> LapRecord:
        self._require_finished(run_id)
        lap = self._runs.edit_lap(lap_id, **changes)
        self._changed(run_id, "edit")
        return lap

    def delete_lap(self, run_id: str, lap_id: str, deleted: bool = True) -> LapRecord:
        self._require_finished(run_id)
        lap = self._runs.set_lap_deleted(lap_id, deleted)
        self._changed(run_id, "lap deleted" if deleted else "lap restored")
        return lap

    def delete_run(self, run_id: str, deleted: bool = True) -> RunRecord:
        run = self._runs.set_run_deleted(run_id, deleted)
        self._changed(run_id, "deleted" if deleted else "restored")
        return run

    def history(self, row_id: str) -> list[HistoryEntry]:
        """A run's or lap's changes as a person reads them: before → after, by which laptop (by name),
        the live run's clock saves folded into one line."""
        names: dict[str, str] = {}

        def name_of(laptop_id: str) -> str:
            if laptop_id not in names:
                names[laptop_id] = self._runs.db.laptop_name(laptop_id)
            return names[laptop_id]

        return summarize(self._runs.history(row_id), name_of)
