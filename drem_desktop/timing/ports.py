"""Serial ports as an organizer recognises them, and finding our sensor among them.

Linux renumbers USB serial devices on replug (ttyACM0 may come back as ttyACM1); the
``/dev/serial/by-id`` path stays the same, so that is the path worth remembering for a track.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import serial
from serial.tools import list_ports as _list_ports
from serial.tools.list_ports_common import ListPortInfo

from drem_desktop.timing.protocol import BAUDRATE, HELLO_COMMAND, Boot, Heartbeat, Lap, parse_line

_BY_ID = Path("/dev/serial/by-id")


@dataclass(frozen=True, slots=True)
class PortInfo:
    device: str  # /dev/ttyACM0, COM3, /dev/cu.usbmodem1101
    name: str  # what to show: "Arduino Uno (Arduino LLC) – /dev/ttyACM0"
    stable_path: str  # /dev/serial/by-id/... where the OS has one, else ``device``
    usb: bool


@dataclass(frozen=True, slots=True)
class DetectedSensor:
    port: str
    device: str | None  # from the boot line; None when only heartbeats were heard
    firmware: str | None
    boot: str


def _by_id_links() -> dict[str, str]:
    links: dict[str, str] = {}
    if _BY_ID.is_dir():
        for link in sorted(_BY_ID.iterdir()):
            try:
                links[os.path.realpath(link)] = str(link)
            except OSError:
                continue
    return links


def describe_port(p: ListPortInfo, by_id: dict[str, str] | None = None) -> PortInfo:
    """A port as a person recognises it: product, maker and serial number before the device path."""
    label = p.product or (p.description if p.description and p.description != "n/a" else None)
    label = label or os.path.basename(p.device)
    if p.manufacturer and p.manufacturer not in label:
        label = f"{label} ({p.manufacturer})"
    if p.serial_number:
        label = f"{label} #{p.serial_number}"
    links = by_id or {}
    return PortInfo(
        device=p.device,
        name=f"{label} – {p.device}",
        stable_path=links.get(os.path.realpath(p.device), p.device),
        usb=p.vid is not None,
    )


def list_ports() -> list[PortInfo]:
    """Serial ports with names a person recognises, USB devices first."""
    links = _by_id_links()
    ports = [describe_port(p, links) for p in _list_ports.comports()]
    ports.sort(key=lambda info: (not info.usb, info.device))
    return ports


def detect_sensor(
    port: str, timeout_s: float = 2.5, stop: threading.Event | None = None
) -> DetectedSensor | None:
    """Listen on ``port`` for a DREM boot or heartbeat line; None if nothing of ours is heard in time.

    Opening the port resets many Arduino boards (they then print their boot line within about two
    seconds); boards that do not reset answer the HELLO with a boot line, and every sensor sends a
    heartbeat each second anyway.
    """
    try:
        ser = serial.Serial(port, BAUDRATE, timeout=0.05, exclusive=True)  # skips ports a track is using
    except (serial.SerialException, OSError, ValueError):
        return None
    try:
        ser.write((HELLO_COMMAND + "\n").encode("ascii"))
        deadline = time.monotonic() + timeout_s
        buf = bytearray()
        while time.monotonic() < deadline and not (stop and stop.is_set()):
            buf += ser.read(ser.in_waiting or 1)
            while (i := buf.find(b"\n")) >= 0:
                msg = parse_line(bytes(buf[:i]))
                del buf[: i + 1]
                if isinstance(msg, Boot):
                    return DetectedSensor(port, msg.device, msg.firmware, msg.boot)
                if isinstance(msg, Heartbeat | Lap):
                    return DetectedSensor(port, None, None, msg.boot)
            if len(buf) > 4096:
                buf.clear()
        return None
    except (serial.SerialException, OSError):
        return None
    finally:
        ser.close()


def find_sensor(
    candidates: list[str] | None = None, stop: threading.Event | None = None, timeout_s: float = 2.5
) -> DetectedSensor | None:
    """The first port among ``candidates`` (default: the USB serial ports) where a DREM sensor answers.

    USB ports are tried by their stable path where the OS has one, so the port found (and remembered for
    the track) survives the device being renumbered.
    """
    if candidates is None:
        candidates = [p.stable_path for p in list_ports() if p.usb]
    for port in candidates:
        if stop is not None and stop.is_set():
            return None
        found = detect_sensor(port, timeout_s=timeout_s, stop=stop)
        if found is not None:
            return found
    return None
