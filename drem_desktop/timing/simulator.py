"""A lap sensor with no hardware: a pseudo-terminal that speaks like our firmware, or a fake Pi timer.

``drem-desktop simulate-sensor`` runs it for demos; tests and benchmarks drive ``SimulatedSensor`` and
``PiTimerSimulator`` directly. The serial simulator behaves like the reference sketch: boot line,
heartbeat every second, a ring of recent triggers it resends on ``DREM RESEND``, a 32-bit millisecond
clock that may drift. "Unplugging" closes the terminal; "replugging" opens a new one reachable at the
same path (a symlink), as a USB device coming back.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import errno
import fcntl
import json
import os
import random
import re
import select
import signal
import sys
import threading
import time
import tty
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aiohttp import WSMsgType, web

from drem_desktop.i18n import _
from drem_desktop.timing.protocol import (
    UINT32,
    LineMode,
    format_boot,
    format_heartbeat,
    format_lap,
    with_legacy_checksum,
)
from drem_desktop.timing.source import host_now_ms

_RESEND_RE = re.compile(rb"DREM RESEND boot=([0-9A-F]{8}) seq=([0-9]{1,10})")


@dataclass(frozen=True, slots=True)
class SimulatedTrigger:
    """The truth about one trigger, to compare with what the app recorded."""

    seq: int
    sensor: int
    sensor_ms: int  # the sensor clock's reading (32-bit, as printed)
    host_ms: float  # host monotonic ms just before the line was written
    sent: bool  # False when the line was lost on the wire (dropped or unplugged)


class SimulatedSensor:
    def __init__(
        self,
        link: str | os.PathLike[str] | None = None,
        *,
        mode: LineMode = LineMode.DREM,
        sensors: int = 2,
        device: str = "drem-sim",
        firmware: str = "sim-1.0",
        drift_ppm: float = 0.0,
        heartbeat_s: float | None = 1.0,
        boot_id: int | None = None,
        start_ms: int = 0,
        ring: int = 32,
        seed: int | None = None,
        legacy_checksum: bool = False,
    ) -> None:
        """``legacy_checksum``: print lines as firmware 1.0 did (XOR ``*hh``, not the CRC-16 ``~hhhh``)."""
        self.link = Path(link) if link is not None else None
        self.legacy_checksum = legacy_checksum
        self.mode = LineMode(mode)
        self.sensors = sensors
        self.device = device
        self.firmware = firmware
        self.drift_ppm = drift_ppm
        self.heartbeat_s = heartbeat_s
        self._rng = random.Random(seed)
        self.boot_id = boot_id if boot_id is not None else self._rng.getrandbits(32)
        self._start_ms = start_ms
        self._t0 = time.monotonic()
        self.seq = 0
        self.ring: deque[tuple[int, int, int]] = deque(maxlen=ring)  # (seq, ms, sensor)
        self.triggers: list[SimulatedTrigger] = []
        self.received: list[bytes] = []  # commands the host sent us
        self._lock = threading.RLock()
        self._master: int | None = None
        self._slave: int | None = None
        self._slave_name: str | None = None
        self._threads: list[threading.Thread] = []
        self._running = threading.Event()
        self._pi_count: dict[int, int] = {}

    # -- the terminal -------------------------------------------------------------------------------

    @property
    def path(self) -> str:
        """Where the host opens the sensor: the symlink if one was asked for, else the pty itself."""
        if self.link is not None:
            return str(self.link)
        if self._slave_name is None:
            raise RuntimeError("the simulated sensor is not plugged in")
        return self._slave_name

    def plug(self, *, boot_line: bool = True) -> str:
        """Open a new terminal (first plug or replug); prints the boot line like a board powering up."""
        with self._lock:
            if self._master is not None:
                return self.path
            master, slave = os.openpty()
            tty.setraw(slave)
            fcntl.fcntl(master, fcntl.F_SETFL, fcntl.fcntl(master, fcntl.F_GETFL) | os.O_NONBLOCK)
            self._master, self._slave = master, slave
            self._slave_name = os.ttyname(slave)
            if self.link is not None:
                tmp = self.link.with_name(self.link.name + ".new")
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                tmp.symlink_to(self._slave_name)
                tmp.replace(self.link)
            self._running.set()
            self._threads = [threading.Thread(target=self._read_commands, name="sim-commands", daemon=True)]
            if self.heartbeat_s and self.mode is LineMode.DREM:
                self._threads.append(threading.Thread(target=self._heartbeats, name="sim-hb", daemon=True))
            for t in self._threads:
                t.start()
            if boot_line and self.mode is LineMode.DREM:
                self._write(self.boot_line())
            return self.path

    def unplug(self) -> None:
        """Pull the cable: the terminal closes and the path disappears; the board keeps counting."""
        with self._lock:
            self._running.clear()
            threads, self._threads = self._threads, []
        for t in threads:
            if t is not threading.current_thread():
                t.join(timeout=2)
        with self._lock:
            if self.link is not None:
                with contextlib.suppress(FileNotFoundError):
                    self.link.unlink()
            for fd in (self._master, self._slave):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = None

    def close(self) -> None:
        self.unplug()

    def __enter__(self) -> SimulatedSensor:
        self.plug()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what the board does ------------------------------------------------------------------------

    def millis(self) -> int:
        elapsed = (time.monotonic() - self._t0) * 1000.0 * (1.0 + self.drift_ppm / 1e6)
        return (self._start_ms + int(elapsed)) % UINT32

    def reboot(self, boot_id: int | None = None) -> None:
        """Power-cycle the board: new boot id, sequence and clock start again, boot line printed."""
        with self._lock:
            self.boot_id = boot_id if boot_id is not None else self._rng.getrandbits(32)
            self.seq = 0
            self.ring.clear()
            self._t0 = time.monotonic()
            self._start_ms = 0
            if self.mode is LineMode.DREM:
                self._write(self.boot_line())

    def _signed(self, line: str) -> str:
        if not self.legacy_checksum:
            return line
        return with_legacy_checksum(line.rpartition("~")[0])

    def boot_line(self) -> str:
        return self._signed(format_boot(self.device, self.firmware, self.sensors, self.boot_id, self.seq))

    def heartbeat_line(self) -> str:
        return self._signed(format_heartbeat(self.seq, self.millis(), self.boot_id))

    def trigger(self, sensor: int = 1, *, lose: bool = False, at_ms: int | None = None) -> SimulatedTrigger:
        """One car crossing one strip. ``lose=True``: the line never reaches the host (noise, a glitch).

        ``at_ms`` moves the board's clock to that reading first (time passing faster than real time), so
        a test or benchmark can replay realistic lap times without waiting for them. The clock goes on
        from there, heartbeats included: the host sees a sensor whose clock jumps, as it would be, not
        one that keeps real time while its laps do not (which the host rightly refuses to trust).
        """
        with self._lock:
            self.seq += 1
            if at_ms is not None:
                self._start_ms += at_ms % UINT32 - self.millis()
            ms = self.millis() if at_ms is None else at_ms % UINT32
            self.ring.append((self.seq, ms, sensor))
            host_ms = host_now_ms()
            sent = False
            if not lose:
                sent = self._write(self._trigger_line(self.seq, ms, sensor))
            record = SimulatedTrigger(self.seq, sensor, ms, host_ms, sent)
            self.triggers.append(record)
            return record

    def _trigger_line(self, seq: int, ms: int, sensor: int) -> str:
        if self.mode is LineMode.DREM:
            return self._signed(format_lap(seq, ms, sensor, self.boot_id))
        if self.mode is LineMode.JSON:
            gpio = 17 if sensor == 1 else 27
            self._pi_count[gpio] = self._pi_count.get(gpio, 0) + 1
            return json.dumps(
                {
                    "event": "lap",
                    "timestamp": ms,
                    "gpio": gpio,
                    "lapNumber": seq,
                    "sensorLapCount": self._pi_count[gpio],
                },
                separators=(",", ":"),
            )
        return "LAP"

    def garbage(self) -> bytes:
        """Line noise: random bytes, sometimes a corrupted copy of a real line, then a newline."""
        kind = self._rng.random()
        if kind < 0.4:
            junk = bytes(self._rng.getrandbits(8) for _ in range(self._rng.randint(1, 60)))
        elif kind < 0.7:
            line = bytearray(format_lap(self.seq + 1, self.millis(), 1, self.boot_id).encode())
            line[self._rng.randrange(len(line))] ^= 1 << self._rng.randrange(7)
            junk = bytes(line)
        else:
            junk = b"\x00\xff" + b"~" * self._rng.randint(0, 300)
        junk = junk.replace(b"\n", b"?") + b"\n"
        self.write_bytes(junk)
        return junk

    def write_line(self, text: str) -> bool:
        return self._write(text)

    def write_bytes(self, data: bytes) -> bool:
        with self._lock:
            if self._master is None:
                return False
            try:
                os.write(self._master, data)
                return True
            except OSError as exc:
                if exc.errno in (errno.EAGAIN, errno.EIO):
                    return False
                raise

    def _write(self, text: str) -> bool:
        return self.write_bytes((text + "\r\n").encode("ascii"))

    def _heartbeats(self) -> None:
        assert self.heartbeat_s
        while self._running.wait(0) and not _sleep_unless_cleared(self._running, self.heartbeat_s):
            with self._lock:
                self._write(self.heartbeat_line())

    def _read_commands(self) -> None:
        buf = b""
        while self._running.is_set():
            master = self._master
            if master is None:
                return
            try:
                ready, _w, _x = select.select([master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(master, 4096)
            except OSError:
                time.sleep(0.05)  # no host has the port open (EIO): a board talks into the void
                continue
            buf += data
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                self._command(line.strip())

    def _command(self, line: bytes) -> None:
        self.received.append(line)
        if self.mode is not LineMode.DREM:
            return
        if line == b"DREM HELLO":
            with self._lock:
                self._write(self.boot_line())
        elif m := _RESEND_RE.fullmatch(line):
            if int(m[1], 16) != self.boot_id:
                return
            first = int(m[2])
            with self._lock:
                for seq, ms, sensor in list(self.ring):
                    if seq >= first:
                        self._write(self._signed(format_lap(seq, ms, sensor, self.boot_id)))


def _sleep_unless_cleared(flag: threading.Event, seconds: float) -> bool:
    """Sleep up to ``seconds``; True when ``flag`` was cleared meanwhile (time to stop)."""
    deadline = time.monotonic() + seconds
    while flag.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        time.sleep(min(left, 0.05))
    return True


class PiTimerSimulator:
    """The cloud manager's Pi timer as its clients see it: a WebSocket server with no path.

    Frames are exactly those of the real timer: ``connected`` on connect, one ``lap`` per trigger with
    the Pi's epoch milliseconds (or a plain text frame with ``plain_text=True``, like older timers).
    """

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, *, plain_text: bool = False, drift_ppm: float = 0.0
    ) -> None:
        self.host = host
        self.port = port
        self.plain_text = plain_text
        self.drift_ppm = drift_ppm
        self.lap_number = 0
        self.sensor_counts: dict[int, int] = {}
        self.clients: set[web.WebSocketResponse] = set()
        self.connections = 0
        self.triggers: list[SimulatedTrigger] = []
        self._runner: web.AppRunner | None = None
        self._epoch0 = int(time.time() * 1000)
        self._t0 = time.monotonic()

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def now_ms(self) -> int:
        return self._epoch0 + int((time.monotonic() - self._t0) * 1000.0 * (1.0 + self.drift_ppm / 1e6))

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0:  # the system picked one
            self.port = int(self._runner.addresses[0][1])
        return self.url

    async def stop(self) -> None:
        await self.drop_clients()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def drop_clients(self) -> None:
        """Close every connection, like a Wi-Fi drop-out; clients must reconnect by themselves."""
        for ws in list(self.clients):
            await ws.close()
        self.clients.clear()

    async def lap(self, gpio: int = 17, *, lose: bool = False) -> SimulatedTrigger:
        """One trigger on ``gpio``; ``lose=True`` counts it on the Pi but sends it to nobody."""
        self.lap_number += 1
        self.sensor_counts[gpio] = self.sensor_counts.get(gpio, 0) + 1
        ts = self.now_ms()
        host_ms = host_now_ms()
        if self.plain_text:
            frame = "lap"
        else:
            frame = json.dumps(
                {
                    "event": "lap",
                    "timestamp": ts,
                    "gpio": gpio,
                    "lapNumber": self.lap_number,
                    "sensorLapCount": self.sensor_counts[gpio],
                }
            )
        sent = False
        if not lose:
            for ws in list(self.clients):
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await ws.send_str(frame)
                    sent = True
        record = SimulatedTrigger(self.lap_number, 1 if gpio == 17 else 2, ts, host_ms, sent)
        self.triggers.append(record)
        return record

    async def _handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.connections += 1
        if not self.plain_text:
            await ws.send_str(
                json.dumps(
                    {
                        "event": "connected",
                        "timestamp": self.now_ms(),
                        "serverInfo": {"name": "drem-sim-timer", "version": "sim-1.0", "gpio": [17, 27]},
                    }
                )
            )
        self.clients.add(ws)
        try:
            async for msg in ws:
                if msg.type is WSMsgType.ERROR:
                    break
        finally:
            self.clients.discard(ws)
        return ws


# -- command line -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="drem-desktop simulate-sensor",
        description=_("Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps."),
    )
    p.add_argument("--link", help=_("also make the terminal reachable at this path (a symlink)"))
    p.add_argument(
        "--mode",
        choices=[m.value for m in LineMode],
        default=LineMode.DREM.value,
        help=_("line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)"),
    )
    p.add_argument("--mean-lap", type=float, default=12.0, help=_("mean lap time in seconds (default 12)"))
    p.add_argument("--jitter", type=float, default=1.5, help=_("standard deviation of lap times in seconds"))
    p.add_argument("--laps", type=int, default=0, help=_("stop after this many laps (0: run until Ctrl-C)"))
    p.add_argument(
        "--sensors",
        type=int,
        default=2,
        choices=range(1, 9),
        metavar="N",
        help=_("number of strips/beams on the line (default 2)"),
    )
    p.add_argument(
        "--double",
        type=float,
        default=0.0,
        metavar="P",
        help=_("probability that a car also triggers the second strip (default 0)"),
    )
    p.add_argument(
        "--garbage",
        type=float,
        default=0.0,
        metavar="P",
        help=_("probability of a line of noise after a lap (default 0)"),
    )
    p.add_argument(
        "--drop",
        type=float,
        default=0.0,
        metavar="P",
        help=_("probability that a lap line is lost on the wire (default 0)"),
    )
    p.add_argument(
        "--unplug-every",
        type=float,
        default=0.0,
        metavar="S",
        help=_("pull the cable every S seconds (needs --link; default never)"),
    )
    p.add_argument(
        "--unplug-for",
        type=float,
        default=2.0,
        metavar="S",
        help=_("how long the cable stays out (default 2 s)"),
    )
    p.add_argument("--drift-ppm", type=float, default=0.0, help=_("sensor clock drift in ppm (default 0)"))
    p.add_argument("--seed", type=int, help=_("random seed, for a repeatable session"))
    p.add_argument(
        "--pi-timer",
        type=int,
        metavar="PORT",
        help=_("serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal"),
    )
    p.add_argument("--host", default="127.0.0.1", help=_("address for --pi-timer (default 127.0.0.1)"))
    p.add_argument(
        "--plain-text", action="store_true", help=_("--pi-timer sends plain text frames like older timers")
    )
    return p


class _Schedule:
    def __init__(self, args: argparse.Namespace, rng: random.Random) -> None:
        self.args = args
        self.rng = rng

    def next_lap_s(self) -> float:
        return max(0.1, self.rng.gauss(self.args.mean_lap, self.args.jitter))

    def double_after_s(self) -> float | None:
        return self.rng.uniform(0.03, 0.3) if self.rng.random() < self.args.double else None


def _run_serial(args: argparse.Namespace, stop: threading.Event) -> int:
    rng = random.Random(args.seed)
    sensor = SimulatedSensor(
        args.link, mode=LineMode(args.mode), sensors=args.sensors, drift_ppm=args.drift_ppm, seed=args.seed
    )
    sensor.plug()
    print(_("Simulated lap sensor on {path}").format(path=sensor._slave_name), flush=True)
    if args.link:
        print(_("also reachable at {link}").format(link=args.link), flush=True)
    schedule = _Schedule(args, rng)
    next_unplug = time.monotonic() + args.unplug_every if args.unplug_every and args.link else None
    laps = 0
    try:
        while not stop.is_set() and (args.laps == 0 or laps < args.laps):
            wait = schedule.next_lap_s()
            deadline = time.monotonic() + wait
            while not stop.is_set() and time.monotonic() < deadline:
                if next_unplug is not None and time.monotonic() >= next_unplug:
                    sensor.unplug()
                    print(_("cable out for {s:.1f} s").format(s=args.unplug_for), flush=True)
                    stop.wait(args.unplug_for)
                    sensor.plug(boot_line=False)
                    print(_("cable back: {path}").format(path=sensor._slave_name), flush=True)
                    next_unplug = time.monotonic() + args.unplug_every
                stop.wait(min(0.05, max(0.0, deadline - time.monotonic())))
            if stop.is_set():
                break
            record = sensor.trigger(1, lose=rng.random() < args.drop)
            laps += 1
            note = "" if record.sent else _(" (lost on the wire)")
            print(
                _("lap {n}: seq={seq} ms={ms}{note}").format(
                    n=laps, seq=record.seq, ms=record.sensor_ms, note=note
                ),
                flush=True,
            )
            if (after := schedule.double_after_s()) is not None and args.sensors > 1:
                stop.wait(after)
                sensor.trigger(2)
            if rng.random() < args.garbage:
                sensor.garbage()
        if not stop.is_set():
            stop.wait(1.0)  # a board does not vanish with its last lap: let the host catch up
    finally:
        sensor.close()
    return 0


async def _run_pi_timer(args: argparse.Namespace, stop: threading.Event) -> int:
    rng = random.Random(args.seed)
    server = PiTimerSimulator(args.host, args.pi_timer, plain_text=args.plain_text, drift_ppm=args.drift_ppm)
    url = await server.start()
    print(_("Simulated Pi timer at {url}").format(url=url), flush=True)
    schedule = _Schedule(args, rng)
    laps = 0
    try:
        while not stop.is_set() and (args.laps == 0 or laps < args.laps):
            await asyncio.sleep(schedule.next_lap_s())
            record = await server.lap(17, lose=rng.random() < args.drop)
            laps += 1
            print(
                _("lap {n}: timestamp={ts} clients={c}").format(
                    n=laps, ts=record.sensor_ms, c=len(server.clients)
                ),
                flush=True,
            )
            if (after := schedule.double_after_s()) is not None:
                await asyncio.sleep(after)
                await server.lap(27)
    finally:
        await server.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.unplug_every and not args.link:
        print(_("--unplug-every needs --link PATH, so the host finds the sensor again."), file=sys.stderr)
        return 2
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_a: stop.set())
    try:
        if args.pi_timer is not None:
            return asyncio.run(_run_pi_timer(args, stop))
        return _run_serial(args, stop)
    except KeyboardInterrupt:
        return 0
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
