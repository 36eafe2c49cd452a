"""Export to the cloud manager's bundle, import it on a fresh laptop: the leaderboards are identical."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig, Ranking
from drem_desktop.store.bulk import BulkRun, bulk_insert_runs
from drem_desktop.store.bundle_repo import import_bundle
from drem_desktop.sync.drem_bundle import read_bundle

from .helpers import T0

NAMES = ["ann", "bob", "zoë", "山田", "li.wei", "o-neil"]
laps = st.lists(
    st.tuples(st.integers(1_000, 40_000), st.integers(0, 4), st.booleans()), min_size=1, max_size=7
)
runs = st.lists(
    st.tuples(st.integers(0, len(NAMES) - 1), st.integers(0, 1), laps, st.booleans()), min_size=1, max_size=10
)


def board(app: App, event_id: str, key: str, ranking: Ranking) -> list[tuple[Any, ...]]:
    return [
        (
            r.rank,
            r.username,
            r.fastest_lap_ms,
            r.fastest_average_ms,
            r.valid_laps,
            r.invalid_laps,
            r.runs,
            r.raced_by_proxy,
            r.total_resets,
            r.country_code,
        )
        for r in app.leaderboards.rows(event_id, key, ranking)
    ]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(runs=runs, ranking=st.sampled_from(list(Ranking)), resets_allowed=st.sampled_from([None, 0, 2]))
def test_leaderboards_survive_the_round_trip(
    template_data_dir: Path, runs: list[Any], ranking: Ranking, resets_allowed: int | None
) -> None:
    work = Path(tempfile.mkdtemp(prefix="drem-rt-"))
    try:
        shutil.copytree(template_data_dir, work / "a")
        shutil.copytree(template_data_dir, work / "b")
        a = App(work / "a", backup_at_start=False)
        try:
            config = RaceConfig(ranking=ranking, resets_per_lap=resets_allowed, average_window=3)
            event = a.events.create("Round Trip Cup", "2026-05-02", config, 2, country_code="SE")
            people = [a.racers.add(n, country_code="JP" if i % 2 else "") for i, n in enumerate(NAMES)]
            bulk = [
                BulkRun(
                    event.event_id,
                    event.tracks[track].track_id,
                    people[who].racer_id,
                    list(lap_list),
                    raced_by_proxy=proxy,
                    created_at=T0 + timedelta(minutes=i),
                )
                for i, (who, track, lap_list, proxy) in enumerate(runs)
            ]
            bulk_insert_runs(a.db, bulk, config)
            a.leaderboards.invalidate(event.event_id)
            before = {k: board(a, event.event_id, k, ranking) for k in ("1", "2", "combined")}
            a.exports.export_drem([event.event_id], work / "bundle")
        finally:
            a.close()
        b = App(work / "b", backup_at_start=False)
        try:
            import_bundle(b.db, read_bundle(work / "bundle"))
            b.leaderboards.invalidate()
            (copy,) = b.events.list()
            assert copy.config.ranking is ranking and copy.config.resets_per_lap == resets_allowed
            after = {k: board(b, copy.event_id, k, ranking) for k in ("1", "2", "combined")}
        finally:
            b.close()
        assert after == before
    finally:
        shutil.rmtree(work, ignore_errors=True)
