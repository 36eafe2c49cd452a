"""A lap sensor on a USB serial port (our protocol, Pi-timer JSON lines, or one trigger per line).

One reader thread per port stamps every line with the host clock the moment its bytes arrive, parses
it, and hands crossings on. Unplugging the cable flips the status at once; the thread then watches for
the port to come back (every ``retry_s``), reopens it, and asks the sensor to resend anything it sent
while nobody was listening, so a run continues with nothing lost.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace

import serial

from drem_desktop.i18n import _
from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import (
    SensorClockChanged,
    SensorLineRejected,
    SensorStatusChanged,
    SequenceGapDetected,
    SequenceJumpDetected,
)
from drem_desktop.timing.json_laps import JsonLaps
from drem_desktop.timing.protocol import (
    BAUDRATE,
    HELLO_COMMAND,
    MAX_LINE,
    UINT32,
    Boot,
    Heartbeat,
    JsonLap,
    Lap,
    LineMode,
    Rejection,
    format_resend,
    parse_json_frame,
    parse_line,
)
from drem_desktop.timing.source import (
    CrossingSink,
    DriftEstimate,
    EventSink,
    LapSource,
    SequenceTracker,
    host_now_ms,
)

log = logging.getLogger(__name__)

_READ_TIMEOUT_S = 0.05
_RESEARCH_AFTER_S = 10.0
_REJECTS_SHOWN_PER_S = 5


def _present(port: str) -> bool:
    """Whether the port is there to open; Windows COM ports are not files, so just try them."""
    return os.path.exists(port) if os.name != "nt" and port.startswith("/") else True


class _Unwrap:
    """Turns a 32-bit millisecond counter (wraps after 49.7 days) into one that only grows."""

    def __init__(self) -> None:
        self._last: int | None = None

    def __call__(self, raw: int) -> int:
        if self._last is None:
            self._last = raw
            return raw
        value = self._last - self._last % UINT32 + raw
        if value - self._last > UINT32 // 2:
            value -= UINT32
        elif self._last - value > UINT32 // 2:
            value += UINT32
        self._last = max(self._last, value)
        return value


class _BootState:
    """What we know about one boot of a DREM sensor (one device clock)."""

    def __init__(self, tracker: SequenceTracker) -> None:
        self.tracker = tracker
        self.unwrap = _Unwrap()
        self.crc_seen = False  # once a boot sent CRC-16 lines, an old-style XOR line from it is damage
        self.announced = 0  # highest trigger number a boot or heartbeat line announced
        self._offsets: deque[float] = deque(maxlen=5)

    def heartbeat(self, host_ms: float, sensor_ms: int) -> None:
        self._offsets.append(host_ms - sensor_ms)

    def host_ms_of(self, sensor_ms: int) -> float | None:
        """Where ``sensor_ms`` falls on the host clock (the least-delayed of the last heartbeats)."""
        return sensor_ms + min(self._offsets) if self._offsets else None


class SerialSource(LapSource):
    kind = "serial"

    def __init__(
        self,
        port: str | None,
        sink: CrossingSink,
        on_event: EventSink | None = None,
        *,
        mode: LineMode = LineMode.DREM,
        baudrate: int = BAUDRATE,
        candidates: Callable[[], list[str]] | None = None,
        retry_s: float = 0.2,
        hold_ms: float = 250.0,
        heartbeat_timeout_s: float = 3.0,
        detect_timeout_s: float = 2.5,
        last_sequence: Callable[[str], int | None] | None = None,
        drift_min_span_s: float = 10.0,
    ) -> None:
        """``port=None`` searches for a DREM sensor among ``candidates()`` (default: USB serial ports).

        ``last_sequence(clock)`` gives the last trigger number stored for a sensor clock by an earlier
        session: on meeting that boot again the source asks for everything after it.
        """
        super().__init__(sink, on_event, port or "auto")
        self._last_sequence = last_sequence
        self._port = port
        self._auto = port is None
        self._mode = LineMode(mode)
        self._baudrate = baudrate
        self._candidates = candidates
        self._retry_s = retry_s
        self._hold_ms = hold_ms
        self._heartbeat_timeout_ms = heartbeat_timeout_s * 1000.0
        self._detect_timeout_s = detect_timeout_s
        self._missing_since: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._serial: serial.Serial | None = None
        self._serial_lock = threading.Lock()
        # DREM mode: one state per boot; the current boot is the clock in use.
        self._boots: dict[str, _BootState] = {}
        self._boot: str | None = None
        self._drift = DriftEstimate(min_span_ms=drift_min_span_s * 1000.0)
        self._last_sign_ms: float | None = None
        self._silence_reported = False
        # JSON and line modes
        self._json = JsonLaps(
            self,
            lambda: f"json:{self.status.port}",
            lambda: self._new_tracker(resend=False),
            self._json_clock_went_back,
        )
        self._line_count = 0
        self._skip_to_newline = False
        self._valid_since_open = 0
        self._mode_hint_shown = False
        self._reject_window_start = 0.0
        self._rejects_shown = 0
        self._update_status(mode=self._mode.value)

    # -- life cycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        name = f"serial-{self._port or 'auto'}"
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._serial_lock:
            if self._serial is not None:
                try:
                    self._serial.cancel_read()
                except Exception:
                    log.debug("cancel_read failed", exc_info=True)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            port = self._choose_port()
            if port is None:
                self._idle(self._retry_s)
                continue
            try:
                # exclusive: a second track (or auto-detection) must never read this sensor's lines
                ser = serial.Serial(port, self._baudrate, timeout=_READ_TIMEOUT_S, exclusive=True)
            except (serial.SerialException, OSError, ValueError) as exc:
                self._update_status(
                    connected=False,
                    port=port,
                    last_error=_(
                        "Cannot open {port} ({error}). Check the cable, and that no other program or track "
                        "uses this port; retrying."
                    ).format(port=port, error=exc),
                )
                self._idle(self._retry_s)
                continue
            with self._serial_lock:
                self._serial = ser
            try:
                self._update_status(connected=True, port=port, last_error=None)
                self._valid_since_open = 0
                self._last_sign_ms = host_now_ms()
                self._silence_reported = False
                self._greet(ser)
                self._read_loop(ser)
            except (serial.SerialException, OSError) as exc:
                if not self._stop.is_set():
                    log.info("sensor on %s went away: %s", port, exc)
                    self._update_status(
                        connected=False,
                        last_error=_(
                            "The sensor on {port} was disconnected. Plug it back in: timing continues "
                            "by itself."
                        ).format(port=port),
                    )
            finally:
                with self._serial_lock:
                    self._serial = None
                ser.close()
        self._flush_all()
        self._update_status(connected=False)

    def _idle(self, seconds: float) -> None:
        """Wait without losing track of held crossings (their hold time still runs out)."""
        self._stop.wait(seconds)
        self._tick(host_now_ms())

    def _choose_port(self) -> str | None:
        if not self._auto:
            return self._port if self._port and _present(self._port) else None
        if self._port:
            # Stick to the port we found: a replugged sensor comes back there within a second or two.
            # Only a port gone for long makes us search the others (which takes seconds per port).
            if _present(self._port):
                self._missing_since = None
                return self._port
            now = time.monotonic()
            if self._missing_since is None:
                self._missing_since = now
            if now - self._missing_since < _RESEARCH_AFTER_S:
                return None
        from drem_desktop.timing.ports import find_sensor

        candidates = self._candidates() if self._candidates else None
        found = find_sensor(candidates, stop=self._stop, timeout_s=self._detect_timeout_s)
        if found is None:
            self._update_status(
                connected=False,
                last_error=_("No DREM lap sensor found. Plug one in (searching all serial ports)."),
            )
            return None
        self._port = found.port
        self._missing_since = None
        return found.port

    def _greet(self, ser: serial.Serial) -> None:
        """Ask a DREM sensor who it is and to resend what we may have missed while away."""
        if self._mode is not LineMode.DREM:
            return
        commands = [HELLO_COMMAND]
        state = self._boots.get(self._boot) if self._boot is not None else None
        if self._boot is not None and state is not None and state.tracker.expected is not None:
            commands.append(format_resend(self._boot, state.tracker.expected))
        ser.write("".join(c + "\n" for c in commands).encode("ascii"))

    def _send(self, text: str) -> None:
        with self._serial_lock:
            ser = self._serial
        if ser is None:
            return
        try:
            ser.write((text + "\n").encode("ascii"))
        except (serial.SerialException, OSError):
            log.debug("could not send %r", text, exc_info=True)

    # -- reading ------------------------------------------------------------------------------------

    def _read_loop(self, ser: serial.Serial) -> None:
        buf = bytearray()
        while not self._stop.is_set():
            data = ser.read(ser.in_waiting or 1)
            now = host_now_ms()
            if data:
                buf += data
                while (i := buf.find(b"\n")) >= 0:
                    line = bytes(buf[:i])
                    del buf[: i + 1]
                    if self._skip_to_newline:
                        self._skip_to_newline = False
                        continue
                    self._handle_line(line, now)
                if len(buf) > 4 * MAX_LINE:
                    buf.clear()
                    self._skip_to_newline = True
                    self._reject(b"", _("line too long"), visible=False)
            self._tick(now)

    def _handle_line(self, line: bytes, now: float) -> None:
        if self._mode is LineMode.LINES:
            if line.strip():
                self._line_count += 1
                self._deliver(
                    Crossing(source=self.kind, sensor_id="1", host_ms=now, sequence=self._line_count)
                )
            return
        if self._mode is LineMode.JSON:
            self._handle_json(line, now)
            return
        stripped = line.strip()
        if not stripped or stripped.startswith(b"#"):
            return  # empty lines and the sketch's human-readable comments
        msg = parse_line(line)
        if isinstance(msg, Rejection):
            self._reject(line, msg.reason, visible=stripped.startswith(b"DREM"))
            return
        known = self._boots.get(msg.boot)
        if msg.legacy_checksum and known is not None and known.crc_seen:
            self._reject(line, _("old-style checksum from a sensor that sends CRC lines"), visible=True)
            return
        self._valid_since_open += 1
        if self._mode_hint_shown:
            self._mode_hint_shown = False
            self._update_status(last_error=None)  # it was only noise at power-up
        state = self._use_boot(msg.boot)
        state.crc_seen = state.crc_seen or not msg.legacy_checksum
        self._last_sign_ms = now
        checksum = "xor" if msg.legacy_checksum else "crc16"
        if isinstance(msg, Lap):
            sensor_ms = state.unwrap(msg.ms)
            resent = msg.seq <= state.announced
            host_ms: float | None = now
            if resent:  # printed again on request: it happened earlier than now
                host_ms = state.host_ms_of(sensor_ms)
            crossing = Crossing(
                source=self.kind,
                sensor_id=str(msg.sensor),
                host_ms=now if host_ms is None else min(host_ms, now),
                sensor_ms=sensor_ms,
                clock=f"drem:{msg.boot}",
                sequence=msg.seq,
                resent=resent,
                host_ms_known=host_ms is not None,
                clock_drift_ppm=self._drift.ppm(),
            )
            state.tracker.offer(msg.seq, crossing, now)
            if self.status.checksum != checksum:
                self._update_status(checksum=checksum)
        elif isinstance(msg, Heartbeat):
            sensor_ms = state.unwrap(msg.ms)
            state.heartbeat(now, sensor_ms)
            drift = self._drift.add(now, sensor_ms)
            state.announced = max(state.announced, msg.seq)
            state.tracker.announce(msg.seq, now)
            self._silence_reported = False
            self._update_status(last_heartbeat_ms=now, clock_drift_ppm=drift, checksum=checksum)
        elif isinstance(msg, Boot):
            state.announced = max(state.announced, msg.seq)
            state.tracker.away_until = msg.seq  # what it has now was sent while nobody listened
            state.tracker.announce(msg.seq, now)
            self._update_status(
                device=msg.device, firmware=msg.firmware, sensors=msg.sensors, checksum=checksum
            )

    def _handle_json(self, line: bytes, now: float) -> None:
        if not line.strip():
            return
        msg = parse_json_frame(line)
        if msg is None:
            self._last_sign_ms = now
            return
        if isinstance(msg, Rejection):
            self._reject(line, msg.reason, visible=line.lstrip().startswith(b"{"))
            return
        assert isinstance(msg, JsonLap)
        self._json.lap(msg, now)

    def _json_clock_went_back(self) -> None:
        """The board's clock went back: show and announce the new clock before its first lap. Lap
        numbers keep being counted on (a board that restarted its count is caught by the tracker)."""
        self._json.epoch += 1
        old = self.status.clock
        new = self._json.clock()
        self._update_status(clock=new)
        self._emit(SensorClockChanged(self.kind, self.status.port, old, new))

    # -- bookkeeping --------------------------------------------------------------------------------

    def _use_boot(self, boot: str) -> _BootState:
        state = self._boots.get(boot)
        if state is None:
            state = _BootState(self._new_tracker(resend=True, boot=boot))
            self._boots[boot] = state
            stored = self._stored_sequence(f"drem:{boot}")
            if stored is not None:
                state.tracker.resume_after(stored)
            while len(self._boots) > 4:
                self._boots.pop(next(iter(self._boots)))
        if boot != self._boot:
            old_clock = f"drem:{self._boot}" if self._boot else None
            if self._boot is not None and (old := self._boots.get(self._boot)) is not None:
                old.tracker.flush()
            self._boot = boot
            self._drift.reset()
            new_clock = f"drem:{boot}"
            self._update_status(clock=new_clock, clock_drift_ppm=None)
            self._emit(SensorClockChanged(self.kind, self.status.port, old_clock, new_clock))
        return state

    def _stored_sequence(self, clock: str) -> int | None:
        if self._last_sequence is None:
            return None
        try:
            return self._last_sequence(clock)
        except Exception:  # the database may be unreadable (full disk): count from the boot line then
            log.exception("could not read the last stored trigger of %s", clock)
            return None

    def _new_tracker(self, *, resend: bool, boot: str | None = None) -> SequenceTracker:
        clock = f"drem:{boot}" if boot else None
        made: list[SequenceTracker] = []

        def report_gap(first: int, last: int) -> None:
            port = self.status.port
            away = made[0].away_until
            while_away = away is not None and last <= away
            self._emit(
                SequenceGapDetected(self.kind, port, clock or self.status.clock, first, last, while_away)
            )
            count = last - first + 1
            if while_away:
                text = _(
                    "{count} trigger(s) from the sensor on {port} were missed while the app was closed or "
                    "not listening, and the sensor could not send them again (sequence {first}–{last}). "
                    "Check the run for missing laps."
                )
            else:
                text = _(
                    "{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). "
                    "Check the run for a missing lap."
                )
            self._update_status(last_error=text.format(count=count, port=port, first=first, last=last))

        def report_jump(last_good: int, jumped_to: int) -> None:
            port = self.status.port
            self._emit(
                SequenceJumpDetected(self.kind, port, clock or self.status.clock, last_good, jumped_to)
            )
            self._update_status(
                last_error=_(
                    "The sensor on {port} sent trigger #{jumped} right after #{last}: no sensor skips that "
                    "many. The trigger is in the log but not trusted; check the sensor and its cable."
                ).format(port=port, jumped=jumped_to, last=last_good)
            )

        def request_resend(first: int) -> None:
            if boot is not None:
                self._send(format_resend(boot, first))

        tracker = SequenceTracker(
            self._deliver,
            report_gap,
            request_resend if resend else None,
            hold_ms=self._hold_ms,
            report_jump=report_jump,
        )
        made.append(tracker)
        return tracker

    def _tick(self, now: float) -> None:
        for state in list(self._boots.values()):
            state.tracker.tick(now)
        if (
            self._mode is LineMode.DREM
            and self.status.connected
            and not self._silence_reported
            and self._last_sign_ms is not None
            and now - self._last_sign_ms > self._heartbeat_timeout_ms
        ):
            self._silence_reported = True
            self._update_status(
                last_error=_(
                    "No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that "
                    "it runs the DREM firmware."
                ).format(port=self.status.port, seconds=(now - self._last_sign_ms) / 1000)
            )

    def _flush_all(self) -> None:
        for state in list(self._boots.values()):
            state.tracker.flush()
        self._json.tracker.flush()

    def _reject(self, line: bytes, reason: str, *, visible: bool) -> None:
        """Count a bad line. A noisy cable can send hundreds a second: the status and the visible events
        go out at most a few times a second, the count itself is always exact."""
        now = time.monotonic()
        with self._status_lock:
            self._status = replace(self._status, rejected_lines=self._status.rejected_lines + 1)
            count = self._status.rejected_lines
        if self._mode is LineMode.DREM and self._valid_since_open == 0 and count >= 3:
            self._mode_hint_shown = True
            self._update_status(
                last_error=_(
                    "The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose "
                    "the line mode it speaks ({port}?mode=json or {port}?mode=lines)."
                ).format(port=self.status.port)
            )
        if now - self._reject_window_start >= 1.0:
            self._reject_window_start = now
            self._rejects_shown = 0
            self._emit(SensorStatusChanged(self.status))
        if visible and self._rejects_shown < _REJECTS_SHOWN_PER_S:
            self._rejects_shown += 1
            text = line[:MAX_LINE].decode("ascii", errors="replace")
            self._emit(SensorLineRejected(self.kind, self.status.port, text, reason))
