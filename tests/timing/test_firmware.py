"""The reference sketch, compiled for the build machine with a stand-in Arduino core, prints exactly the
lines the parser accepts, numbers every trigger, and answers HELLO and RESEND."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from drem_desktop.timing.protocol import Boot, Heartbeat, Lap, format_resend, parse_line

from .test_protocol import SKETCH

STUB = Path(__file__).parent / "firmware_stub"


@pytest.fixture(scope="module", params=["avr", "esp32"])
def firmware(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("g++")
    assert compiler, "g++ (Debian package g++) is needed to run the reference sketch"
    out = tmp_path_factory.mktemp("fw") / f"drem_lapsensor_{request.param}"
    defines = ["-DESP32"] if request.param == "esp32" else []
    subprocess.run(
        [
            compiler,
            "-std=c++17",
            "-Wall",
            "-Wextra",
            "-Werror",
            *defines,
            f"-I{STUB}",
            "-x",
            "c++",
            str(SKETCH),
            "-x",
            "c++",
            str(STUB / "harness.cpp"),
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out


def run(firmware: Path, script: list[str]) -> list[bytes]:
    """The sketch's output as the serial source sees it: raw lines still ending in ``\\r``."""
    done = subprocess.run(
        [str(firmware)],
        input=("\n".join(script) + "\n").encode(),
        capture_output=True,
        check=True,
        timeout=10,
    )
    lines = done.stdout.split(b"\n")
    assert lines.pop() == b""
    assert all(line.endswith(b"\r") for line in lines)  # Serial.println ends lines with \r\n
    return lines


def pins(firmware: Path) -> tuple[int, int]:
    return (25, 26) if firmware.name.endswith("esp32") else (2, 3)


def test_sketch_lines_parse_and_number_every_trigger(firmware: Path) -> None:
    a, b = pins(firmware)
    lines = run(
        firmware,
        [
            "t 100",
            f"e {a}",
            "t 104",
            f"e {a}",  # contact bounce within 10 ms: one trigger
            "t 130",
            f"e {b}",
            "l",
            "t 999",
            "l",
            "t 1000",
            "l",
            "t 4294967290",
            f"e {a}",
            "l",
        ],
    )
    assert lines[0].startswith(b"# ")
    parsed = [parse_line(ln) for ln in lines[1:]]
    boot = parsed[0]
    assert isinstance(boot, Boot)
    assert (boot.device, boot.firmware, boot.sensors, boot.seq) == ("drem-lapsensor", "1.1.0", 2, 0)
    assert parsed[1:] == [
        Lap(1, 100, 1, boot.boot),
        Lap(2, 130, 2, boot.boot),
        Heartbeat(2, 1000, boot.boot),
        Lap(3, 4294967290, 1, boot.boot),
        Heartbeat(3, 4294967290, boot.boot),
    ]
    assert all(line.rstrip(b"\r")[-5:-4] == b"~" for line in lines[1:])  # the CRC-16 tail, not the old XOR


def test_sketch_answers_hello_and_resend(firmware: Path) -> None:
    a, _b = pins(firmware)
    script = ["t 10"]
    for i in range(40):  # more than the ring of 32
        script += [f"t {100 + 50 * i}", f"e {a}", "l"]
    first_run = run(firmware, [*script, "s DREM HELLO", "l"])
    boot = parse_line(first_run[1])
    assert isinstance(boot, Boot)
    assert parse_line(first_run[-1]) == Boot(boot.device, boot.firmware, 2, boot.boot, 40)
    # same binary, same fake clock and EEPROM start: the same boot id again
    lines = run(
        firmware,
        [
            *script,
            "s " + format_resend(boot.boot, 5),
            "l",
            "s " + format_resend("00000000", 1),
            "l",
            "s DREM RESEND garbage",
            "l",
        ],
    )
    parsed = [parse_line(ln) for ln in lines[1:]]
    resent = parsed[parsed.index(Lap(40, 100 + 50 * 39, 1, boot.boot)) + 1 :]
    heartbeats = [m for m in resent if isinstance(m, Heartbeat)]
    laps = [m for m in resent if isinstance(m, Lap)]
    assert [lap.seq for lap in laps] == list(range(9, 41))  # the ring keeps the last 32
    assert all(m.boot == boot.boot for m in laps + heartbeats)
