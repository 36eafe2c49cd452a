"""The serial source against the simulator on real pseudo-terminals opened through pyserial.

Unplugging closes the terminal and removes its path; replugging opens a new terminal behind the same
path (a symlink), as a USB device that comes back.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drem_desktop.timing.events import (
    CrossingNotRecorded,
    SensorClockChanged,
    SensorLineRejected,
    SensorStatusChanged,
    SequenceGapDetected,
)
from drem_desktop.timing.protocol import LineMode, format_lap
from drem_desktop.timing.serial_source import SerialSource
from drem_desktop.timing.simulator import SimulatedSensor
from drem_desktop.timing.source import host_now_ms

from .conftest import Collector, wait_for


def connected(source) -> bool:  # type: ignore[no-untyped-def]
    return source.status.connected and source.status.clock is not None


def test_triggers_become_crossings_on_the_sensor_clock(sensor, collector: Collector, start_source) -> None:
    source = start_source(sensor.path, collector.crossing, collector.event, hold_ms=100)
    assert wait_for(lambda: connected(source) and source.status.last_heartbeat_ms is not None)
    truth = [sensor.trigger(1 + i % 2) for i in range(5)]
    assert wait_for(lambda: len(collector.crossings) == 5)
    for sent, got in zip(truth, collector.crossings, strict=True):
        assert got.source == "serial"
        assert got.sensor_id == str(sent.sensor)
        assert got.sensor_ms == sent.sensor_ms
        assert got.sequence == sent.seq
        assert got.clock == f"drem:{sensor.boot_id:08X}"
        assert 0 <= got.host_ms - sent.host_ms < 250  # stamped when the bytes arrived (bench: precision)
    status = source.status
    assert (status.device, status.firmware, status.sensors, status.mode) == ("drem-sim", "sim-1.0", 2, "drem")
    assert status.last_heartbeat_ms is not None and status.crossings == 5
    assert not collector.of(SequenceGapDetected)


def test_unplug_is_seen_at_once_and_replug_loses_nothing(
    link: Path, collector: Collector, start_source
) -> None:
    sensor = SimulatedSensor(link, heartbeat_s=0.25, seed=1)
    sensor.plug()
    try:
        source = start_source(str(link), collector.crossing, collector.event)
        assert wait_for(lambda: connected(source))
        sensor.trigger(1)
        assert wait_for(lambda: len(collector.crossings) == 1)

        pulled = time.monotonic()
        sensor.unplug()
        assert wait_for(lambda: not source.status.connected, timeout=0.5)
        noticed = time.monotonic() - pulled
        assert noticed < 0.3, noticed
        assert "disconnected" in (source.status.last_error or "")

        # the car keeps lapping while the cable is out; the board keeps the triggers
        during = [sensor.trigger(1), sensor.trigger(2), sensor.trigger(1)]
        assert not any(t.sent for t in during)
        time.sleep(0.5)
        back = time.monotonic()
        sensor.plug(boot_line=False)
        assert wait_for(lambda: source.status.connected, timeout=1.0)
        assert time.monotonic() - back < 1.0
        assert wait_for(lambda: len(collector.crossings) == 4)
        sensor.trigger(2)
        assert wait_for(lambda: len(collector.crossings) == 5)
        assert collector.sequences() == [1, 2, 3, 4, 5]
        assert [c.sensor_ms for c in collector.crossings[1:4]] == [t.sensor_ms for t in during]
        assert len({c.clock for c in collector.crossings}) == 1  # same board, same clock: laps span the gap
        assert not collector.of(SequenceGapDetected)
        assert [s.connected for s in collector.statuses()].count(False) >= 2  # initial + unplug
    finally:
        sensor.close()


def test_a_lost_line_is_fetched_again_and_order_kept(sensor, collector: Collector, start_source) -> None:
    source = start_source(sensor.path, collector.crossing, collector.event)
    assert wait_for(lambda: connected(source))
    sensor.trigger(1)
    lost = sensor.trigger(1, lose=True)
    sensor.trigger(2)
    assert wait_for(lambda: len(collector.crossings) == 3)
    assert collector.sequences() == [1, 2, 3]
    assert collector.crossings[1].sensor_ms == lost.sensor_ms
    assert any(b.startswith(b"DREM RESEND") for b in sensor.received)
    assert not collector.of(SequenceGapDetected)


def test_a_lost_last_trigger_is_noticed_by_the_heartbeat(sensor, collector: Collector, start_source) -> None:
    source = start_source(sensor.path, collector.crossing, collector.event)
    assert wait_for(lambda: connected(source))
    sensor.trigger(1, lose=True)  # nothing follows it but heartbeats
    assert wait_for(lambda: len(collector.crossings) == 1, timeout=2.0)
    assert collector.sequences() == [1]


def test_triggers_gone_for_good_are_reported_as_a_gap(link: Path, collector: Collector, start_source) -> None:
    sensor = SimulatedSensor(link, heartbeat_s=0.25, ring=2, seed=2)  # a tiny ring: old triggers are gone
    sensor.plug()
    try:
        source = start_source(str(link), collector.crossing, collector.event, hold_ms=100)
        assert wait_for(lambda: connected(source))
        sensor.trigger(1)
        for _ in range(4):
            sensor.trigger(1, lose=True)
        sensor.trigger(2)
        assert wait_for(lambda: len(collector.crossings) == 3)
        assert collector.sequences() == [1, 5, 6]  # 5 came back from the ring, 2-4 could not
        gaps = collector.of(SequenceGapDetected)
        assert [(g.first_missing, g.last_missing, g.count) for g in gaps] == [(2, 4, 3)]
        assert gaps[0].clock == f"drem:{sensor.boot_id:08X}"
        assert "never arrived" in (source.status.last_error or "")
    finally:
        sensor.close()


def test_a_rebooted_sensor_is_a_new_clock(sensor, collector: Collector, start_source) -> None:
    source = start_source(sensor.path, collector.crossing, collector.event)
    assert wait_for(lambda: connected(source))
    sensor.trigger(1)
    sensor.trigger(1)
    old_clock = f"drem:{sensor.boot_id:08X}"
    sensor.reboot(boot_id=0x00000BAD)
    sensor.trigger(1)
    assert wait_for(lambda: len(collector.crossings) == 3)
    assert collector.sequences() == [1, 2, 1]
    assert collector.crossings[2].clock == "drem:00000BAD" != old_clock
    changes = collector.of(SensorClockChanged)
    assert (changes[-1].old_clock, changes[-1].new_clock) == (old_clock, "drem:00000BAD")
    assert not collector.of(SequenceGapDetected)


def test_the_millisecond_counter_wrapping_does_not_break_lap_times(
    link: Path, collector: Collector, start_source
) -> None:
    with SimulatedSensor(link, heartbeat_s=0.25, start_ms=2**32 - 150) as sensor:
        source = start_source(str(link), collector.crossing, collector.event)
        assert wait_for(lambda: connected(source))
        first = sensor.trigger(1)
        time.sleep(0.3)
        second = sensor.trigger(1)
        assert second.sensor_ms < first.sensor_ms  # the board's counter wrapped
        assert wait_for(lambda: len(collector.crossings) == 2)
        a, b = collector.crossings
        assert b.sensor_ms - a.sensor_ms == second.sensor_ms + 2**32 - first.sensor_ms


def test_noise_is_counted_shown_and_never_a_lap(sensor, collector: Collector, start_source) -> None:
    source = start_source(sensor.path, collector.crossing, collector.event)
    assert wait_for(lambda: connected(source))
    for _ in range(200):
        sensor.garbage()
    sensor.write_bytes(b"X" * 5000 + b"\n")  # an endless line
    sensor.write_line("# a comment from the board")
    sensor.write_line("")
    sensor.trigger(1)
    assert wait_for(lambda: len(collector.crossings) == 1)
    assert collector.crossings[0].sequence == 1
    assert source.status.rejected_lines >= 150
    shown = collector.of(SensorLineRejected)
    assert shown and all(e.line.startswith("DREM") for e in shown)
    assert len(shown) <= 10  # a noisy cable does not flood the timekeeper's screen
    assert len(collector.of(SensorStatusChanged)) < 30


def test_silence_is_reported(link: Path, collector: Collector, start_source) -> None:
    with SimulatedSensor(link, heartbeat_s=None) as sensor:
        source = start_source(sensor.path, collector.crossing, collector.event, heartbeat_timeout_s=0.3)
        assert wait_for(lambda: "No heartbeat" in (source.status.last_error or ""), timeout=2)


def test_json_lines_mode(link: Path, collector: Collector, start_source) -> None:
    with SimulatedSensor(link, mode=LineMode.JSON) as sensor:
        source = start_source(sensor.path, collector.crossing, collector.event, mode=LineMode.JSON)
        assert wait_for(lambda: source.status.connected)
        time.sleep(0.1)
        sensor.write_line('{"event":"connected","timestamp":1}')
        truth = [sensor.trigger(1), sensor.trigger(2)]
        sensor.trigger(1, lose=True)
        truth.append(sensor.trigger(1))
        sensor.write_line('{"event":"lap","timestamp":"soon"}')
        assert wait_for(lambda: len(collector.crossings) == 3)
        assert [c.sensor_ms for c in collector.crossings] == [t.sensor_ms for t in truth]
        assert [c.sensor_id for c in collector.crossings] == ["gpio17", "gpio27", "gpio17"]
        assert len({c.clock for c in collector.crossings}) == 1
        assert [(g.first_missing, g.last_missing) for g in collector.of(SequenceGapDetected)] == [(3, 3)]
        # the garbled line came after the last trigger: wait for its own count, not for the crossings
        assert wait_for(lambda: source.status.rejected_lines == 1)
        # the board restarted: its clock and its count begin again; nothing is dropped
        sensor.write_line('{"event":"lap","timestamp":5,"lapNumber":1}')
        assert wait_for(lambda: len(collector.crossings) == 4)
        assert collector.crossings[3].clock != collector.crossings[0].clock
        assert collector.of(SensorClockChanged)


def test_any_line_mode_is_host_stamped(link: Path, collector: Collector, start_source) -> None:
    with SimulatedSensor(link, mode=LineMode.LINES) as sensor:
        source = start_source(sensor.path, collector.crossing, collector.event, mode=LineMode.LINES)
        assert wait_for(lambda: source.status.connected)
        time.sleep(0.1)
        truth = []
        for _ in range(5):
            truth.append(sensor.trigger(1))
            time.sleep(0.02)
        sensor.write_line("   ")
        sensor.write_line("anything at all")
        assert wait_for(lambda: len(collector.crossings) == 6)
        for sent, got in zip(truth, collector.crossings[:5], strict=True):
            assert got.sensor_ms is None and got.clock is None
            assert 0 <= got.host_ms - sent.host_ms < 250  # generous for a loaded CI machine
        assert collector.sequences() == [1, 2, 3, 4, 5, 6]


def test_start_never_blocks_and_a_missing_port_is_waited_for(
    link: Path, collector: Collector, start_source
) -> None:
    t0 = time.monotonic()
    source = start_source(str(link), collector.crossing, collector.event)
    assert time.monotonic() - t0 < 0.05
    time.sleep(0.3)
    assert not source.status.connected
    with SimulatedSensor(link, heartbeat_s=0.25) as sensor:
        appeared = time.monotonic()
        assert wait_for(lambda: source.status.connected, timeout=1.0)
        assert time.monotonic() - appeared < 1.0
        sensor.trigger(1)
        assert wait_for(lambda: len(collector.crossings) == 1)
    t0 = time.monotonic()
    source.stop()
    assert time.monotonic() - t0 < 1.0


def test_stop_while_reading_is_prompt(sensor, collector: Collector, start_source) -> None:
    source = start_source(sensor.path, collector.crossing, collector.event)
    assert wait_for(lambda: connected(source))
    t0 = time.monotonic()
    source.stop()
    assert time.monotonic() - t0 < 0.5
    assert not source.status.connected
    source.stop()  # twice is fine


def test_a_failing_handler_does_not_stop_the_reader(sensor, collector: Collector, start_source) -> None:
    calls: list[int] = []

    def flaky(c) -> None:  # type: ignore[no-untyped-def]
        calls.append(c.sequence)
        if c.sequence == 1:
            raise RuntimeError("database is locked")

    source = start_source(sensor.path, flaky, collector.event)
    assert wait_for(lambda: connected(source))
    sensor.trigger(1)
    sensor.trigger(1)
    assert wait_for(lambda: calls == [1, 2])
    assert "database is locked" in (source.status.last_error or "")
    failed = collector.of(CrossingNotRecorded)
    assert [(e.crossing.sequence, e.error) for e in failed] == [(1, "RuntimeError: database is locked")]


def test_host_stamp_precedes_the_handler(sensor, start_source) -> None:
    stamps: list[tuple[float, float]] = []
    source = start_source(sensor.path, lambda c: stamps.append((c.host_ms, host_now_ms())))
    assert wait_for(lambda: connected(source))
    sensor.trigger(1)
    assert wait_for(lambda: len(stamps) == 1)
    stamped, handled = stamps[0]
    assert 0 <= handled - stamped < 250
    assert os.path.islink(sensor.path)


def test_a_port_is_read_by_one_source_only(sensor, collector: Collector, start_source) -> None:
    first = start_source(sensor.path, collector.crossing, collector.event)
    assert wait_for(lambda: connected(first))
    other = Collector()
    second = start_source(sensor.path, other.crossing, other.event)
    assert wait_for(lambda: "no other program or track uses this port" in (second.status.last_error or ""))
    assert not second.status.connected
    for _ in range(3):
        sensor.trigger(1)
    assert wait_for(lambda: len(collector.crossings) == 3)
    assert other.crossings == []


def test_a_board_speaking_another_format_gets_a_hint(link: Path, collector: Collector, start_source) -> None:
    with SimulatedSensor(link, mode=LineMode.JSON) as board:
        source = start_source(board.path, collector.crossing, collector.event)  # DREM mode by mistake
        assert wait_for(lambda: source.status.connected)
        time.sleep(0.1)
        for _ in range(3):
            board.trigger(1)
        assert wait_for(lambda: "?mode=json" in (source.status.last_error or ""))
        assert collector.crossings == []
        board.mode = LineMode.DREM  # reflashed: the hint goes away with the first good line
        board.trigger(1)
        assert wait_for(lambda: len(collector.crossings) == 1)
        assert source.status.last_error is None


@settings(max_examples=6, deadline=None, database=None, derandomize=True)
@given(rnd=st.randoms(use_true_random=True), glue=st.booleans())
def test_a_stream_of_junk_through_the_terminal_never_makes_a_lap(tmp_path_factory, rnd, glue) -> None:  # type: ignore[no-untyped-def]
    link = tmp_path_factory.mktemp("fuzz") / "tty"
    collector = Collector()
    with SimulatedSensor(link, heartbeat_s=0.2) as sensor:
        source = SerialSource(str(link), collector.crossing, collector.event, hold_ms=100)
        source.start()
        try:
            assert wait_for(lambda: connected(source))
            for _ in range(40):
                chunk = rnd.randbytes(rnd.randint(0, 1500))
                if rnd.random() < 0.3:  # damaged copies of real lines among the junk
                    line = bytearray(
                        format_lap(rnd.randint(1, 99), rnd.randint(0, 2**32 - 1), 1, sensor.boot_id).encode()
                    )
                    line[rnd.randrange(len(line))] ^= 1 << rnd.randrange(8)
                    chunk += b"\n" + bytes(line) + b"\n"
                sensor.write_bytes(chunk)
            if not glue:
                sensor.write_bytes(b"\n")
            # With glue, the real line below sticks to the junk's last partial line and is rejected;
            # the next heartbeat announces it and the source asks for it again.
            sensor.trigger(1)
            assert wait_for(lambda: len(collector.crossings) == 1, timeout=3)
            time.sleep(0.3)
            assert collector.sequences() == [1]
            assert collector.crossings[0].sensor_ms == sensor.triggers[0].sensor_ms
            assert source.status.rejected_lines > 0
        finally:
            source.stop()
