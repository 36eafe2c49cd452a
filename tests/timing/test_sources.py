"""Manual keys, choosing a source from its spec, finding our sensor among ports, and the sequence and
drift bookkeeping every source shares."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from serial.tools.list_ports_common import ListPortInfo

from drem_desktop.timing import SourceSpecError, open_source
from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.manual import ManualSource
from drem_desktop.timing.pi_timer import PiTimerSource
from drem_desktop.timing.ports import describe_port, find_sensor, list_ports
from drem_desktop.timing.protocol import LineMode
from drem_desktop.timing.serial_source import SerialSource
from drem_desktop.timing.simulator import SimulatedSensor
from drem_desktop.timing.source import DriftEstimate, SequenceTracker, host_now_ms

from .conftest import Collector, wait_for


def test_manual_presses_are_stamped_at_the_key_event(collector: Collector) -> None:
    source = ManualSource(collector.crossing, collector.event)
    source.start()
    before = host_now_ms()
    first = source.press()
    second = source.press("button-2", host_ms=before - 5)
    assert collector.crossings == [first, second]
    assert first.source == "manual" and first.sensor_ms is None and first.clock is None
    assert before <= first.host_ms <= host_now_ms()
    assert second.host_ms == before - 5 and second.sensor_id == "button-2"
    assert [first.sequence, second.sequence] == [1, 2]
    assert source.status.connected and source.status.crossings == 2
    source.stop()
    assert not source.status.connected


def test_open_source_understands_every_spec(link: Path) -> None:
    def sink(c: Crossing) -> None:
        return None

    serial_source = open_source(str(link), sink)
    assert isinstance(serial_source, SerialSource) and serial_source.status.mode == "drem"
    assert open_source(f"{link}?mode=lines", sink).status.mode == "lines"
    assert open_source("COM3?mode=json", sink).status.mode == "json"
    auto = open_source("auto", sink)
    assert isinstance(auto, SerialSource) and auto.status.port == "auto"
    pi = open_source("ws://192.0.2.10:8080", sink)  # never started: no connection is made
    assert isinstance(pi, PiTimerSource) and pi.status.port == "ws://192.0.2.10:8080"
    assert isinstance(open_source("manual", sink), ManualSource)
    for bad, words in [
        ("", "No sensor given"),
        ("/dev/ttyUSB0?mode=morse", "Unknown line mode"),
        ("auto?mode=lines", "auto finds DREM sensors only"),
        ("http://timer:8080", "Unknown sensor address"),
        ("ws://", "Not a Pi timer address"),
    ]:
        with pytest.raises(SourceSpecError, match=words):
            open_source(bad, sink)


def test_ports_have_friendly_names() -> None:
    info = ListPortInfo("/dev/ttyACM0", skip_link_detection=True)
    info.vid, info.pid = 0x2341, 0x0043
    info.product, info.manufacturer, info.serial_number = "Arduino Uno", "Arduino (www.arduino.cc)", "7543"
    port = describe_port(
        info, {os.path.realpath("/dev/ttyACM0"): "/dev/serial/by-id/usb-Arduino_Uno_7543-if00"}
    )
    assert port.name == "Arduino Uno (Arduino (www.arduino.cc)) #7543 – /dev/ttyACM0"
    assert port.stable_path == "/dev/serial/by-id/usb-Arduino_Uno_7543-if00" and port.usb
    plain = describe_port(ListPortInfo("/dev/ttyS0", skip_link_detection=True))
    assert plain.name == "ttyS0 – /dev/ttyS0" and plain.stable_path == "/dev/ttyS0" and not plain.usb
    for p in list_ports():  # whatever this machine has
        assert p.device in p.name


def test_auto_detection_finds_our_sensor_by_its_boot_line(tmp_path: Path, collector: Collector) -> None:
    other = SimulatedSensor(tmp_path / "ttyOther", mode=LineMode.LINES)  # a board that is not ours
    ours = SimulatedSensor(tmp_path / "ttyOurs", heartbeat_s=None, device="lapsensor-t1")  # HELLO answers
    with other, ours:
        missing = str(tmp_path / "ttyMissing")
        candidates = [missing, other.path, ours.path]
        found = find_sensor(candidates, timeout_s=0.5)
        assert found is not None
        assert (found.port, found.device, found.boot) == (ours.path, "lapsensor-t1", f"{ours.boot_id:08X}")
        assert find_sensor([missing, other.path], timeout_s=0.3) is None

        source = SerialSource(
            None, collector.crossing, collector.event, candidates=lambda: candidates, detect_timeout_s=0.5
        )
        t0 = time.monotonic()
        source.start()
        assert time.monotonic() - t0 < 0.05
        try:
            assert wait_for(lambda: source.status.connected and source.status.device == "lapsensor-t1", 5)
            assert source.status.port == ours.path  # the app remembers this per track
            ours.trigger(1)
            assert wait_for(lambda: len(collector.crossings) == 1)
            ours.unplug()  # replugged, auto mode waits for the same port rather than searching again
            assert wait_for(lambda: not source.status.connected, timeout=0.5)
            ours.trigger(2)
            time.sleep(0.3)
            back = time.monotonic()
            ours.plug(boot_line=False)
            assert wait_for(lambda: source.status.connected, timeout=1.0)
            assert time.monotonic() - back < 1.0
            assert wait_for(lambda: len(collector.crossings) == 2)
            assert collector.sequences() == [1, 2]
        finally:
            source.stop()


def crossing(seq: int) -> Crossing:
    return Crossing("serial", "1", float(seq), sequence=seq)


def test_sequence_tracker_holds_back_only_while_waiting_for_a_resend() -> None:
    out: list[int | None] = []
    gaps: list[tuple[int, int]] = []
    asked: list[int] = []
    t = SequenceTracker(lambda c: out.append(c.sequence), lambda a, b: gaps.append((a, b)), asked.append, 100)
    t.offer(1, crossing(1), 0)
    t.offer(4, crossing(4), 10)  # 2 and 3 missing: ask, hold 4
    assert (out, asked, t.waiting) == ([1], [2], True)
    t.offer(2, crossing(2), 20)
    assert out == [1, 2]
    t.tick(109)
    assert out == [1, 2]
    t.tick(110)  # 3 never came
    assert (out, gaps, t.waiting) == ([1, 2, 4], [(3, 3)], False)
    assert not t.offer(2, crossing(2), 120)  # a duplicate
    assert t.offer(3, crossing(3), 121) and out[-1] == 3  # reported missing, then late: still handed on
    assert not t.offer(3, crossing(3), 122)
    t.announce(6, 130)  # heartbeat: the board has up to 6
    assert asked == [2, 5] and t.waiting
    t.offer(5, crossing(5), 140)
    t.offer(6, crossing(6), 150)
    assert out == [1, 2, 4, 3, 5, 6] and not t.waiting
    t.offer(9, crossing(9), 200)
    t.flush()
    assert out[-1] == 9 and gaps[-1] == (7, 8)


def test_sequence_tracker_without_resend_reports_at_once() -> None:
    out: list[int | None] = []
    gaps: list[tuple[int, int]] = []
    t = SequenceTracker(lambda c: out.append(c.sequence), lambda a, b: gaps.append((a, b)))
    t.announce(3, 0)  # baseline: what came before we listened is not a gap
    t.offer(4, crossing(4), 0)
    t.offer(7, crossing(7), 1)
    assert out == [4, 7] and gaps == [(5, 6)]


def test_drift_estimate_needs_ten_seconds_then_reads_ppm() -> None:
    d = DriftEstimate()
    assert d.add(0, 0) is None
    for i in range(1, 10):
        assert d.add(i * 1000, i * 1000.25) is None  # 250 ppm fast, but only 9 s so far
    ppm = None
    for i in range(10, 31):
        ppm = d.add(i * 1000 + (0.4 if i % 2 else -0.4), i * 1000.25)  # arrival jitter
    assert ppm is not None and abs(ppm - 250) < 40
    d.reset()
    assert d.ppm() is None
