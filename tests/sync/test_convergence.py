"""Convergence: three laptops, random work and random syncs, clocks up to ten minutes off; after everyone
has synced, the three databases hold the same rows and print the same leaderboards, and no acknowledged
lap is lost or doubled (docs/sync.md, section 3)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from sqlalchemy import select

from drem_desktop.app import App
from drem_desktop.domain.errors import StoreError
from drem_desktop.domain.hlc import wall_clock_ms
from drem_desktop.domain.merge import username_key
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import Stamp
from drem_desktop.store.schema import REPLICATED, Base
from drem_desktop.timing.crossing import Crossing

from .conftest import fresh_folder
from .exchange import pull, sync_all

EXAMPLES = int(os.environ.get("DREM_SYNC_EXAMPLES", "12"))
NAMES = ["ann", "Ann", "bob", "cy", "dee"]
TEN_MINUTES = 10 * 60_000

laptop = st.integers(0, 2)
operation = st.one_of(
    st.tuples(st.just("register"), laptop, st.sampled_from(NAMES)),
    st.tuples(st.just("sensor_run"), laptop, st.lists(st.integers(5_000, 20_000), min_size=1, max_size=3)),
    st.tuples(st.just("key_run"), laptop, st.lists(st.integers(5_000, 20_000), min_size=1, max_size=3)),
    st.tuples(st.just("edit"), laptop, st.integers(0, 50), st.integers(4_000, 30_000)),
    st.tuples(st.just("validity"), laptop, st.integers(0, 50)),
    st.tuples(st.just("delete"), laptop, st.integers(0, 50)),
    st.tuples(st.just("rename"), laptop, st.integers(0, 10), st.sampled_from(NAMES)),
    st.tuples(st.just("sync"), laptop, laptop),
)


def _laps(app: App, event_id: str) -> list[tuple[str, str, bool]]:
    """(run, lap, deleted) of finished runs, in a stable order."""
    out = []
    for run in app.race_admin.runs(event_id, include_deleted_laps=True):
        if run.state == "submitted":
            out.extend((run.run_id, lap.lap_id, lap.deleted) for lap in run.laps)
    return sorted(out)


def _run(app: App, event_id: str, track_id: str, laps_ms: list[int], by_key: bool) -> int:
    racers = app.racers.list()
    if not racers:
        return 0
    racer = racers[len(laps_ms) % len(racers)]
    rc = app.race_control
    rc.prepare(event_id, track_id, racer.racer_id, app.events.get(event_id).config)
    at = rc.now()
    if by_key:
        rc.start(track_id)
        for lap in laps_ms:
            at += lap
            rc.capture_lap(track_id, stamp=Stamp(at))
    else:
        clock = 0
        rc.handle_crossing(track_id, Crossing("serial", "1", at, clock, "clk", 0))
        for i, lap in enumerate(laps_ms, start=1):
            clock += lap
            rc.handle_crossing(track_id, Crossing("serial", "1", at + clock, clock, "clk", i))
    rc.submit(track_id)
    return len(laps_ms)


def _table(app: App, name: str) -> list[tuple[object, ...]]:
    table = Base.metadata.tables[name]
    with app.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(table.c.id))]


def _log(app: App) -> list[tuple[object, ...]]:
    log = Base.metadata.tables["change_log"]
    cols = [log.c.hlc, log.c.origin, log.c.seq, log.c.table_name, log.c.row_id, log.c.op, log.c.at]
    with app.db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(*cols, log.c.payload, log.c.event_id)
                .where(log.c.table_name.in_([t.__tablename__ for t in REPLICATED]))  # type: ignore[attr-defined]
                .order_by(log.c.hlc)
            )
        ]


def _boards(app: App, event_id: str) -> str:
    out = {}
    for track in ["combined", "1", "2", "3"]:
        for fmt in ("fastest", "average"):
            out[f"{track}/{fmt}"] = [r.to_json() for r in app.leaderboards.rows(event_id, track, fmt)]
    return json.dumps(out, sort_keys=True, default=str)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    skews=st.lists(st.integers(-TEN_MINUTES, TEN_MINUTES), min_size=3, max_size=3),
    ops=st.lists(operation, min_size=4, max_size=30),
)
def test_three_laptops_converge(
    template_data_dir: Path, tmp_path_factory: object, skews: list[int], ops: list[tuple[object, ...]]
) -> None:
    root = Path(tmp_path_factory.mktemp("converge"))  # type: ignore[attr-defined]
    apps: list[App] = []
    try:
        for i, skew in enumerate(skews):
            folder = fresh_folder(template_data_dir, root / f"laptop{i}")
            apps.append(App(folder, backup_at_start=False, physical_ms=lambda s=skew: wall_clock_ms() + s))
        event = apps[0].events.create(
            "Converge Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 3
        )
        eid = event.event_id
        # a shared start, as at a real event: racers and a first run everyone has
        apps[0].racers.add("eve")
        acknowledged = _run(apps[0], eid, event.tracks[0].track_id, [9_000, 9_500, 10_000], False)
        sync_all(*apps)
        for op in ops:
            kind, who = op[0], apps[int(op[1])]  # type: ignore[call-overload]
            track = event.tracks[int(op[1])].track_id  # type: ignore[call-overload]
            laps = _laps(who, eid)
            try:
                if kind == "register":
                    who.racers.add(str(op[2]))
                elif kind in ("sensor_run", "key_run"):
                    acknowledged += _run(who, eid, track, list(op[2]), kind == "key_run")  # type: ignore[call-overload]
                elif kind in ("edit", "validity", "delete") and laps:
                    run_id, lap_id, deleted = laps[int(op[2]) % len(laps)]  # type: ignore[call-overload]
                    if kind == "edit" and not deleted:
                        who.race_admin.edit_lap(run_id, lap_id, time_ms=int(op[3]))  # type: ignore[call-overload]
                    elif kind == "validity" and not deleted:
                        current = next(lap for lap in who.runs_repo.get(run_id).laps if lap.lap_id == lap_id)
                        who.race_admin.edit_lap(run_id, lap_id, valid=not current.valid)
                    elif kind == "delete":
                        who.race_admin.delete_lap(run_id, lap_id, deleted=not deleted)
                elif kind == "rename":
                    racers = who.racers.list()
                    if racers:
                        who.racers.update(racers[int(op[2]) % len(racers)].racer_id, username=str(op[3]))  # type: ignore[call-overload]
                elif kind == "sync" and op[1] != op[2]:
                    pull(who, apps[int(op[2])])  # type: ignore[call-overload]
                else:
                    continue
                hypothesis_event(kind)
            except StoreError:
                hypothesis_event(f"{kind} refused")  # a taken username, say: nothing changed
        sync_all(*apps)
        first = apps[0]
        for other in apps[1:]:
            for model in REPLICATED:
                name = model.__tablename__  # type: ignore[attr-defined]
                assert _table(first, name) == _table(other, name), name
            assert _log(first) == _log(other)
            assert _boards(first, eid) == _boards(other, eid)
        keys = [username_key(r.username) for r in first.racers.list()]
        assert len(keys) == len(set(keys))  # one racer per username, however many laptops registered it
        conflicts = sum(
            1
            for _run_id, lap_id, _deleted in _laps(first, eid)
            if len({h["origin"] for h in first.runs_repo.history(lap_id)}) > 1
        )
        hypothesis_event(f"laps changed on several laptops: {min(conflicts, 3)}")
        lap_ids = [lap_id for _run_id, lap_id, _deleted in _laps(first, eid)]
        assert len(lap_ids) == len(set(lap_ids)) == acknowledged  # none lost, none doubled
    finally:
        for app in apps:
            app.close()
        shutil.rmtree(root, ignore_errors=True)
