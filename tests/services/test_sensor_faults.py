"""Sensor faults through a real pseudo-terminal into real race control and a real SQLite file.

Nothing a sensor sends may vanish without a word: triggers sent while the app was closed are asked for
again (or reported as missed), a line with a wild sequence jump cannot hide the real triggers after it, a
lap time the laptop's clock contradicts is flagged, and a flood of hostile lines makes no lap while a burst
of bouncing triggers costs a few commits, not one each.
"""

from __future__ import annotations

import os
import random
import select
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event

from drem_desktop.app import App
from drem_desktop.devtools.simulator import SimulatedSensor
from drem_desktop.domain.race_config import RaceConfig, RaceFormat
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.timing.events import (
    SensorStatusChanged,
    SequenceGapDetected,
    SequenceJumpDetected,
    SourceStatus,
)
from drem_desktop.timing.protocol import format_heartbeat, format_lap, with_legacy_checksum
from drem_desktop.timing.serial_source import SerialSource


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


class Timing:
    """What the app published for its tracks' sensors, in order."""

    def __init__(self, app: App) -> None:
        self.events: list[object] = []
        app.bus.subscribe(TrackTimingEvent, lambda e: self.events.append(e.event))

    def of(self, kind: type) -> list:
        return [e for e in list(self.events) if isinstance(e, kind)]

    def connected(self) -> bool:
        return any(s.status.connected for s in self.of(SensorStatusChanged))


@pytest.fixture
def cup(data_dir: Path) -> Iterator[tuple[App, str, str]]:
    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Sensor Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    yield app, track, racer.racer_id
    app.close()


def laps(app: App, track: str) -> list[int]:
    view = app.race_control.view(track)
    return [] if view is None else [lap.time_ms for lap in view.run.laps]


def status(app: App, track: str) -> SourceStatus:
    found = app.sensors.status(track)
    assert found is not None
    return found


def stored_sequences(app: App, track: str) -> list[int | None]:
    return sorted((c.sequence for c in app.runs_repo.crossings(track, limit=100_000)), key=lambda s: s or 0)


def test_triggers_sent_while_the_app_was_closed_are_asked_for_again(data_dir: Path, tmp_path: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Restart Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    with SimulatedSensor(tmp_path / "ttyRESEND", heartbeat_s=None, seed=5) as sensor:
        app.sensors.attach(track, sensor.path)
        timing = Timing(app)
        assert wait_for(timing.connected)
        for at in (10_000, 20_500, 31_000):
            sensor.trigger(at_ms=at)
        assert wait_for(lambda: laps(app, track) == [10_500, 10_500])
        app.close()  # the app goes away; the car keeps driving, the board keeps counting
        sensor.unplug()
        for at in (41_200, 52_000, 62_300):
            sensor.trigger(at_ms=at)
        sensor.plug(boot_line=False)  # the same boot: the cable back in, the board never reset

        again = App(data_dir, backup_at_start=False)
        timing = Timing(again)
        assert again.sensors.reopen([track]) == []
        assert wait_for(lambda: laps(again, track) == [10_500, 10_500, 10_200, 10_800, 10_300])
        assert f"DREM RESEND boot={sensor.boot_id:08X} seq=4".encode() in sensor.received
        assert stored_sequences(again, track) == [1, 2, 3, 4, 5, 6]
        assert timing.of(SequenceGapDetected) == []
        again.close()


def test_what_the_sensor_can_no_longer_resend_is_reported_as_missed_while_closed(
    data_dir: Path, tmp_path: Path
) -> None:
    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Restart Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    track = event.tracks[0].track_id
    with SimulatedSensor(tmp_path / "ttyRING", heartbeat_s=None, ring=2, seed=6) as sensor:
        app.sensors.attach(track, sensor.path)
        timing = Timing(app)
        assert wait_for(timing.connected)
        sensor.trigger(at_ms=5_000)
        assert wait_for(lambda: stored_sequences(app, track) == [1])
        app.close()
        sensor.unplug()
        for i in range(5):  # seq 2..6; the ring keeps only 5 and 6
            sensor.trigger(at_ms=10_000 + i * 10_000)
        sensor.plug(boot_line=False)

        again = App(data_dir, backup_at_start=False)
        timing = Timing(again)
        again.sensors.reopen([track])
        assert wait_for(lambda: len(timing.of(SequenceGapDetected)) == 1)
        gap = timing.of(SequenceGapDetected)[0]
        assert (gap.first_missing, gap.last_missing, gap.while_away) == (2, 4, True)
        assert wait_for(lambda: stored_sequences(again, track) == [1, 5, 6])
        error = status(again, track).last_error or ""
        assert "3 trigger(s)" in error and "missed while the app was closed" in error
        again.close()


def test_a_wild_sequence_jump_cannot_hide_the_real_triggers_after_it(
    cup: tuple[App, str, str], tmp_path: Path
) -> None:
    app, track, _racer = cup
    timing = Timing(app)
    with SimulatedSensor(tmp_path / "ttyJUMP", heartbeat_s=None, seed=7) as sensor:
        app.sensors.attach(track, sensor.path)
        assert wait_for(timing.connected)
        sensor.trigger(at_ms=10_000)  # seq 1 starts the run
        assert wait_for(lambda: stored_sequences(app, track) == [1])
        # one line that passes every check but numbers itself 5,000 ahead
        sensor.write_line(format_lap(5_001, 15_000, 1, sensor.boot_id))
        sensor.trigger(at_ms=21_000)  # the real seq 2, 3, 4
        sensor.trigger(at_ms=32_000)
        sensor.trigger(at_ms=43_000)
        assert wait_for(lambda: stored_sequences(app, track) == [1, 2, 3, 4, 5_001])
        jump = timing.of(SequenceJumpDetected)
        assert [(j.last_good, j.jumped_to) for j in jump] == [(1, 5_001)]
        assert timing.of(SequenceGapDetected) == []  # the jump is not trusted: 2..5000 are not "missing"
        assert "not trusted" in (status(app, track).last_error or "")


def test_an_old_style_line_from_a_crc_sensor_is_refused(cup: tuple[App, str, str], tmp_path: Path) -> None:
    """Firmware 1.0's XOR lines still count, but not from a boot that sends CRC lines (two-bit errors)."""
    app, track, _racer = cup
    timing = Timing(app)
    with SimulatedSensor(tmp_path / "ttyXOR", heartbeat_s=None, seed=8) as sensor:
        app.sensors.attach(track, sensor.path)
        assert wait_for(timing.connected)
        sensor.trigger(at_ms=10_000)
        assert wait_for(lambda: stored_sequences(app, track) == [1])
        body = f"DREM LAP seq=2 ms=20000 sensor=1 boot={sensor.boot_id:08X}"
        sensor.write_line(with_legacy_checksum(body))
        assert wait_for(lambda: status(app, track).rejected_lines == 1)
        assert stored_sequences(app, track) == [1]
        assert status(app, track).checksum == "crc16"

    with SimulatedSensor(tmp_path / "ttyOLD", heartbeat_s=None, seed=9, legacy_checksum=True) as old:
        app.sensors.attach(track, old.path)
        assert wait_for(lambda: status(app, track).checksum == "xor")
        old.trigger(at_ms=30_000)
        assert wait_for(lambda: len(stored_sequences(app, track)) == 2)


class _Sink:
    def __init__(self, app: App, track: str) -> None:
        self.app, self.track = app, track

    def __call__(self, crossing: object) -> None:
        self.app.race_control.handle_crossing(self.track, crossing)  # type: ignore[arg-type]


def test_a_lap_the_laptop_clock_contradicts_is_flagged_not_counted(data_dir: Path, tmp_path: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    config = RaceConfig(format=RaceFormat.LAP_COUNT, laps_to_finish=2, race_time_ms=None, min_lap_ms=100)
    event = app.events.create("Clock Cup", "2026-11-24", config, 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    sensor = SimulatedSensor(tmp_path / "ttyCLOCK", heartbeat_s=0.05, seed=10)
    source = SerialSource(str(tmp_path / "ttyCLOCK"), _Sink(app, track), drift_min_span_s=1.0)
    with sensor:
        source.start()
        try:
            assert wait_for(lambda: source.status.clock_drift_ppm is not None)
            sensor.trigger()  # starts the run, by the sensor's real clock
            assert wait_for(lambda: app.race_control.view(track).run.state == "running")  # type: ignore[union-attr]
            start_ms = sensor.triggers[-1].sensor_ms
            time.sleep(0.6)
            # a valid line (good CRC) whose ms says 3 s passed where the laptop saw 0.6 s
            sensor.seq += 1
            sensor.write_line(format_lap(sensor.seq, start_ms + 3_000, 1, sensor.boot_id))
            assert wait_for(lambda: len(laps(app, track)) == 1)
            lap = app.race_control.view(track).run.laps[0]  # type: ignore[union-attr]
            assert not lap.valid and lap.flag is not None and "3.000 s" in lap.flag
            assert 500 <= lap.time_ms <= 2_500  # the laptop's time, not the sensor's 3,000 ms
            # a sensor ms jump (2,000,000 s) does not finish a two-lap race either
            time.sleep(0.3)
            sensor.seq += 1
            sensor.write_line(format_lap(sensor.seq, start_ms + 2_000_000_000, 1, sensor.boot_id))
            assert wait_for(lambda: len(laps(app, track)) == 2)
            view = app.race_control.view(track)
            assert view is not None and view.run.state == "running" and view.run.valid_laps == 0
            stored = app.runs_repo.get(view.run_id).laps  # what the database holds, as screens see it
            assert len(stored) == 2 and all("laptop's clock" in lap.flag for lap in stored)
            # the lap that starts at the damaged reading is checked too; the next honest one counts
            for _ in range(2):
                time.sleep(0.3)
                sensor.trigger()
            assert wait_for(lambda: len(laps(app, track)) == 4)
            third, fourth = app.race_control.view(track).run.laps[2:]  # type: ignore[union-attr]
            assert third.flag is not None and not third.valid
            assert fourth.flag is None and fourth.valid
            assert fourth.time_ms == sensor.triggers[-1].sensor_ms - sensor.triggers[-2].sensor_ms
        finally:
            source.stop()
    app.close()


def _writer(sensor: SimulatedSensor) -> Callable[[bytes], None]:
    """Writes everything, waiting for the terminal to drain (the simulator's own write drops on a full
    buffer, like a UART without flow control; a flood test must not lose its own input)."""

    def write(data: bytes) -> None:
        view = memoryview(data)
        while view:
            master = sensor._master
            assert master is not None
            select.select([], [master], [], 1.0)
            try:
                n = os.write(master, view)
            except BlockingIOError:
                continue
            view = view[n:]

    return write


def _hostile_lines(boot: int, count: int, rnd: random.Random) -> Iterator[bytes]:
    """Lines that must all be refused: damaged CRC lines (1 to 3 flipped bits, cut short, characters
    swapped), old-style XOR lines claiming the CRC sensor's boot, random bytes, overlong junk."""
    for i in range(count):
        good = bytearray(format_lap(1_000 + i, rnd.randrange(2**32), 1 + i % 2, boot).encode())
        kind = i % 6
        if kind == 0:
            for bit in rnd.sample(range(len(good) * 8), rnd.randint(1, 3)):
                good[bit // 8] ^= 1 << (bit % 8)
            line = bytes(good)
        elif kind == 1:
            line = bytes(good[: rnd.randrange(len(good))])
        elif kind == 2:
            j = rnd.choice([k for k in range(len(good) - 6) if good[k] != good[k + 1]])
            good[j], good[j + 1] = good[j + 1], good[j]
            line = bytes(good)
        elif kind == 3:
            body = f"DREM LAP seq={1_000 + i} ms={rnd.randrange(2**32)} sensor=1 boot={boot:08X}"
            line = with_legacy_checksum(body).encode()
        elif kind == 4:
            line = rnd.randbytes(rnd.randint(1, 100))
        else:
            line = b"DREM LAP " + rnd.randbytes(200)
        yield line.replace(b"\n", b"?").replace(b"\r", b"?") + b"\n"


def test_a_flood_of_hostile_lines_makes_no_lap_and_a_bounce_burst_is_batched(
    cup: tuple[App, str, str], tmp_path: Path
) -> None:
    app, track, _racer = cup
    commits: list[int] = []
    sa_event.listen(app.db.engine, "commit", lambda _conn: commits.append(1))
    timing = Timing(app)
    with SimulatedSensor(tmp_path / "ttyFLOOD", heartbeat_s=None, seed=11) as sensor:
        app.sensors.attach(track, sensor.path)
        assert wait_for(timing.connected)
        write = _writer(sensor)
        sensor.trigger(at_ms=10_000)  # a real start
        assert wait_for(lambda: stored_sequences(app, track) == [1])
        rnd = random.Random(12)
        lines = list(_hostile_lines(sensor.boot_id, 100_000, rnd))
        for chunk in range(0, len(lines), 500):
            write(b"".join(lines[chunk : chunk + 500]))
        # a bouncing strip: 2,000 real triggers within 200 ms of sensor time, then one real lap
        before = len(commits)
        burst = b"".join(
            (format_lap(2 + i, 10_100 + i // 10, 1, sensor.boot_id) + "\r\n").encode() for i in range(2_000)
        )
        write(burst)
        write((format_lap(2_002, 22_000, 1, sensor.boot_id) + "\r\n").encode())
        write((format_heartbeat(2_002, 22_100, sensor.boot_id) + "\r\n").encode())
        assert wait_for(lambda: len(stored_sequences(app, track)) == 2_002, timeout=120)
        assert laps(app, track) == [12_000]  # the one real lap; nothing from the flood
        assert status(app, track).rejected_lines >= 90_000
        outcomes = [c.outcome for c in app.runs_repo.crossings(track, limit=3_000)]
        assert outcomes.count("debounced") == 2_000 and outcomes.count("lap") == 1
        # the burst shared commits: far fewer than one per trigger, the lap had its own
        assert len(commits) - before < 200, len(commits) - before


def test_a_sensor_replayed_faster_than_real_time_keeps_its_exact_laps(data_dir: Path, tmp_path: Path) -> None:
    """The simulator's ``at_ms`` moves its clock on (heartbeats too), as a replay does: once the laptop
    knows the sensor's drift, such laps are still the sensor's to the millisecond, however long the test
    took to get there (a sensor that kept real time while its laps did not would rightly be doubted)."""
    app = App(data_dir, backup_at_start=False)
    config = RaceConfig(race_time_ms=None, min_lap_ms=100)
    event = app.events.create("Replay Cup", "2026-11-24", config, 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    sensor = SimulatedSensor(tmp_path / "ttyREPLAY", heartbeat_s=0.05, seed=12)
    source = SerialSource(str(tmp_path / "ttyREPLAY"), _Sink(app, track), drift_min_span_s=1.0)
    with sensor:
        source.start()
        try:
            assert wait_for(lambda: source.status.clock_drift_ppm is not None)
            sensor.trigger(at_ms=100_000)
            assert wait_for(lambda: app.race_control.view(track).run.state == "running")  # type: ignore[union-attr]
            time.sleep(1.2)  # heartbeats on the replayed clock reach the drift estimate
            for at in (112_345, 124_000, 136_001):
                sensor.trigger(at_ms=at)
                time.sleep(0.05)
            assert wait_for(lambda: len(laps(app, track)) == 3)
            run = app.race_control.view(track).run  # type: ignore[union-attr]
            assert [lap.time_ms for lap in run.laps] == [12_345, 11_655, 12_001]
            assert all(lap.valid and lap.flag is None for lap in run.laps)
        finally:
            source.stop()
    app.close()
