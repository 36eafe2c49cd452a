"""One SSH session to one car (paramiko): install models atomically, and run the car's commands.

Blocking by design (paramiko is); the service runs it in a bounded executor. The host key is checked
against the pin before any password leaves the laptop. Model installs stream a tar we built into
``tar -x`` on the car, inside a temporary folder under ``artifacts``; the folder is renamed into place
only after ``checksum.txt`` (MD5 of model.pb) was written and read back, so a dropped link, a full disk or a
cancel never leaves a half model.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import logging
import re
import secrets
import shlex
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import paramiko

from drem_desktop.cars.archive import COMPLETE_MARK, PreparedModel
from drem_desktop.cars.credentials import CarCredentials
from drem_desktop.cars.errors import (
    CarAuthFailed,
    CarCommandFailed,
    CarDiskFull,
    CarError,
    CarNeedsCredentials,
    CarUnreachable,
    HostKeyChanged,
    JobCancelled,
    ModelRejected,
    TransferInterrupted,
)
from drem_desktop.cars.health import battery_from_ros
from drem_desktop.cars.pins import PinStore
from drem_desktop.cars.tail_light import to_pwm
from drem_desktop.i18n import _

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""(bytes done, bytes total, stage) — stage is a short plain-words label."""

DEFAULT_ROOT = "/opt/aws/deepracer"
DREM_SERVICE_TYPE = "_drem-car._tcp"
_HOSTNAME_OK = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


@dataclass(frozen=True)
class CarTarget:
    """Where a car is and how its file system is laid out (overridable for test cars)."""

    name: str
    """The car's key (serial or hostname): used in messages, pins and credentials."""
    host: str
    port: int = 22
    root: str = DEFAULT_ROOT
    etc: str = "/etc"


@dataclass(frozen=True)
class SshTuning:
    """Transfer settings measured in bench/fleet_push.py (AES-GCM is cheapest per byte in paramiko)."""

    ciphers: tuple[str, ...] = (
        "aes128-gcm@openssh.com",
        "aes256-gcm@openssh.com",
        "aes128-ctr",
        "aes256-ctr",
    )
    window_size: int = 64 * 1024 * 1024
    max_packet_size: int = 256 * 1024
    chunk: int = 1024 * 1024
    connect_timeout: float = 10.0
    command_timeout: float = 120.0


@dataclass(frozen=True)
class CommandResult:
    status: int
    out: str
    err: str


def ssh_fingerprint(key: paramiko.PKey) -> str:
    """OpenSSH style: ``ssh-ed25519 SHA256:…`` (what ``ssh-keygen -lf`` shows)."""
    digest = base64.b64encode(hashlib.sha256(key.asbytes()).digest()).decode().rstrip("=")
    return f"{key.get_name()} SHA256:{digest}"


def _load_private_key(text: str, passphrase: str | None) -> paramiko.PKey:
    errors = []
    for cls in (paramiko.Ed25519Key, paramiko.ECDSAKey, paramiko.RSAKey):
        try:
            return cls.from_private_key(io.StringIO(text), password=passphrase)
        except (paramiko.SSHException, ValueError) as exc:
            errors.append(str(exc))
    raise ValueError("unreadable private key: " + "; ".join(errors))


class SshCar:
    """A connected car. Use as a context manager; every method raises a CarError subclass on failure."""

    def __init__(
        self,
        target: CarTarget,
        credentials: CarCredentials,
        pins: PinStore,
        tuning: SshTuning | None = None,
    ) -> None:
        self.target = target
        self._credentials = credentials
        self._pins = pins
        self.tuning = tuning or SshTuning()
        self._transport: paramiko.Transport | None = None
        self._pending_pin: str | None = None

    # ---- connection ---------------------------------------------------------------------------------
    def __enter__(self) -> SshCar:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> None:
        name, t = self.target.name, self.tuning
        try:
            sock = socket.create_connection((self.target.host, self.target.port), timeout=t.connect_timeout)
        except OSError as exc:
            raise CarUnreachable(
                name, f"SSH {self.target.host}:{self.target.port}: {exc.strerror or exc}"
            ) from exc
        transport = paramiko.Transport(
            sock, default_window_size=t.window_size, default_max_packet_size=t.max_packet_size
        )
        options = transport.get_security_options()
        available = options.ciphers
        options.ciphers = tuple(c for c in t.ciphers if c in available) + tuple(
            c for c in available if c not in t.ciphers
        )
        try:
            transport.start_client(timeout=t.connect_timeout)
            self._check_host_key(transport.get_remote_server_key())
            self._authenticate(transport)
        except CarError:
            transport.close()
            raise
        except (paramiko.SSHException, OSError, EOFError) as exc:
            transport.close()
            raise CarUnreachable(name, f"SSH: {exc}") from exc
        transport.set_keepalive(15)
        self._transport = transport

    def _check_host_key(self, key: paramiko.PKey) -> None:
        seen = ssh_fingerprint(key)
        pinned = self._pins.get(self.target.name, "ssh")
        if pinned is None:
            self._pending_pin = seen
        elif pinned != seen:
            raise HostKeyChanged(self.target.name, pinned, seen)
        else:
            self._pending_pin = None

    def _authenticate(self, transport: paramiko.Transport) -> None:
        creds = self._credentials
        user = creds.ssh_user
        try:
            if creds.ssh_key:
                try:
                    key = _load_private_key(creds.ssh_key, creds.ssh_key_passphrase)
                except ValueError as exc:
                    raise CarCommandFailed(self.target.name, _("log in over SSH"), str(exc)) from exc
                transport.auth_publickey(user, key)
            elif creds.ssh_password is not None:
                transport.auth_password(user, creds.ssh_password)
            else:
                raise CarNeedsCredentials(self.target.name)
        except paramiko.AuthenticationException as exc:
            raise CarAuthFailed(self.target.name, "SSH") from exc
        if self._pending_pin:  # first successful login: pin the key it came with
            self._pins.trust(self.target.name, "ssh", self._pending_pin)

    def close(self) -> None:
        if self._transport is not None:
            with contextlib.suppress(Exception):
                self._transport.close()
            self._transport = None

    def _open(self) -> paramiko.Channel:
        if self._transport is None or not self._transport.is_active():
            raise TransferInterrupted(self.target.name, _("not connected"))
        try:
            return self._transport.open_session(
                window_size=self.tuning.window_size, max_packet_size=self.tuning.max_packet_size
            )
        except (paramiko.SSHException, OSError, EOFError) as exc:
            raise TransferInterrupted(self.target.name, str(exc)) from exc

    # ---- commands -----------------------------------------------------------------------------------
    def _sudo_command(self, script: str) -> tuple[str, bytes]:
        """Wrap ``script`` for sudo; returns the command and the stdin preamble to send first.

        sudo -S reads the password from stdin one byte at a time; a marker line then separates it from
        any data, and the script skips lines up to the marker, so it works whether or not sudo asked.
        """
        marker = "DREM-" + secrets.token_hex(8)
        body = f'while IFS= read -r l; do [ "$l" = {marker} ] && break; done\n{script}'
        password = self._credentials.sudo
        if password is None:
            return f"sudo -n sh -c {shlex.quote(body)}", f"{marker}\n".encode()
        return f"sudo -S -p '' sh -c {shlex.quote(body)}", f"{password}\n{marker}\n".encode()

    def run(self, script: str, sudo: bool = False, timeout: float | None = None) -> CommandResult:
        command, preamble = self._sudo_command(script) if sudo else (script, b"")
        channel = self._open()
        channel.settimeout(timeout or self.tuning.command_timeout)
        try:
            channel.exec_command(command)
            if preamble:
                channel.sendall(preamble)
            channel.shutdown_write()
            out, err = _drain(channel)
            status = channel.recv_exit_status()
        except TimeoutError as exc:
            raise CarCommandFailed(self.target.name, _("finish a command in time"), str(exc)) from exc
        except (paramiko.SSHException, OSError, EOFError) as exc:
            raise TransferInterrupted(self.target.name, str(exc)) from exc
        finally:
            _close_quietly(channel)
        if (
            sudo
            and status != 0
            and ("Sorry, try again" in err or "incorrect password" in err or "a password is required" in err)
        ):
            raise CarAuthFailed(self.target.name, "sudo")
        return CommandResult(status, out, err)

    def _checked(self, script: str, action: str, sudo: bool = True) -> CommandResult:
        result = self.run(script, sudo=sudo)
        if result.status != 0:
            raise CarCommandFailed(self.target.name, action, result.err or result.out)
        return result

    # ---- models -------------------------------------------------------------------------------------
    def push_model(
        self, model: PreparedModel, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> None:
        """Install ``model`` as ``artifacts/<model.name>``, replacing a model of that name whole."""
        name = self.target.name
        report = progress or (lambda done, total, stage: None)
        total = model.payload_size
        art = f"{self.target.root}/artifacts"
        report(0, total, _("connecting"))
        if cancel is not None and cancel.is_set():
            raise JobCancelled(name)
        need_kb = total // 1024 + 64
        command, preamble = self._sudo_command(_install_script(art, model.name, model.md5, need_kb))
        channel = self._open()
        channel.settimeout(self.tuning.command_timeout)
        sent = 0
        try:
            channel.exec_command(command)
            channel.sendall(preamble)
            report(0, total, _("sending"))
            chunk = self.tuning.chunk
            buffer = bytearray(chunk)
            view = memoryview(buffer)
            last_report, last_sent = 0.0, 0
            with open(model.payload, "rb", buffering=0) as f:
                while n := f.readinto(buffer):
                    if cancel is not None and cancel.is_set():
                        _close_quietly(channel)  # tar sees a cut stream: the car drops its temp folder
                        raise JobCancelled(name)
                    if channel.exit_status_ready():
                        break  # the car gave up (disk full, sudo refused): read why below
                    try:
                        channel.sendall(view[:n])  # type: ignore[arg-type]  # any buffer works; the stubs say bytes (a copy per chunk on the hot path)
                    except (OSError, paramiko.SSHException):
                        if channel.exit_status_ready():
                            break
                        raise
                    sent += n
                    now = time.monotonic()
                    if now - last_report > 0.1 or sent - last_sent >= 1 << 20:
                        report(sent, total, _("sending"))
                        last_report, last_sent = now, sent
            channel.shutdown_write()
            report(sent, total, _("installing"))
            out, err = _drain(channel)
            status = channel.recv_exit_status()
        except JobCancelled:
            raise
        except TimeoutError as exc:
            raise TransferInterrupted(
                name, _("no answer for {s:.0f} s").format(s=self.tuning.command_timeout)
            ) from exc
        except (paramiko.SSHException, OSError, EOFError) as exc:
            raise TransferInterrupted(name, str(exc) or type(exc).__name__) from exc
        finally:
            _close_quietly(channel)
        if status == -1:  # the session ended without an exit status
            raise CarDiskFull(name) if "No space left" in err else TransferInterrupted(name)
        if status != 0:
            if "Sorry, try again" in err or "incorrect password" in err or "password is required" in err:
                raise CarAuthFailed(name, "sudo")
            if "No space left" in err or status == 15:
                raise CarDiskFull(name)
            if status == 12:
                raise ModelRejected(name, _("the model arrived damaged (checksum differs); retry the push."))
            if status == 16:
                raise TransferInterrupted(name, _("the model arrived incomplete"))
            raise CarCommandFailed(name, _("install the model"), err or out or f"exit {status}")
        if f"installed {model.md5}" not in out:
            raise CarCommandFailed(name, _("install the model"), out + err)
        report(total, total, _("installed"))

    def list_models(self) -> list[str]:
        """Folders under artifacts with a non-empty checksum.txt (the car's own test of "ready")."""
        art = shlex.quote(f"{self.target.root}/artifacts")
        result = self._checked(
            f'for d in {art}/*/; do [ -s "$d/checksum.txt" ] && basename "$d"; done; true',
            _("list its models"),
            sudo=False,
        )
        return sorted(line for line in result.out.splitlines() if line)

    def delete_all_models(self, logs_too: bool = False) -> None:
        root = shlex.quote(self.target.root)
        script = f"rm -rf {root}/artifacts/* {root}/artifacts/.drem-*"
        if logs_too:
            script += f" && rm -rf {root}/logs/*"
        self._checked(script, _("delete its models"))

    def restart_stack(self) -> None:
        self._checked("systemctl restart deepracer-core", _("restart the car software"))

    def _ros(self, call: str) -> str:
        root = shlex.quote(self.target.root)
        inner = (
            f'for f in /opt/intel/*/bin/setupvars.sh; do [ -f "$f" ] && . "$f" >/dev/null 2>&1; '
            f"done; . {root}/lib/setup.bash; {call}"
        )
        return f"bash -c {shlex.quote(inner)}"

    def stop_car(self) -> None:
        self._checked(
            self._ros(
                "ros2 service call /ctrl_pkg/enable_state "
                'deepracer_interfaces_pkg/srv/EnableStateSrv "{is_active: false}"'
            ),
            _("stop"),
        )

    def set_tail_light(self, colour: str | tuple[int, int, int]) -> None:
        r, g, b = to_pwm(colour)
        self._checked(
            self._ros(
                f"ros2 service call /servo_pkg/set_led_state "
                f'deepracer_interfaces_pkg/srv/SetLedCtrlSrv "{{red: {r}, green: {g}, '
                f'blue: {b}}}"'
            ),
            _("set the tail light"),
        )

    def fetch_logs(
        self,
        model_name: str,
        since_epoch: float,
        dest: Path,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        """Stop logging, then copy the run folders for ``model_name`` newer than ``since_epoch`` as a .tar.gz.

        Progress counts the bytes of the folders (measured on the car first) as they come out of the
        compressed stream, so it reaches 100 % exactly when the last file has arrived. Written to a
        ``.part`` file and renamed only when complete. Returns how many run folders were fetched; writes
        nothing and returns 0 when there were none.
        """
        name = self.target.name
        report = progress or (lambda done, total, stage: None)
        report(0, 0, _("stopping the car's logging"))
        self._checked(
            self._ros("ros2 service call /logging_pkg/stop_logging std_srvs/srv/Trigger"), _("stop logging")
        )
        logs = shlex.quote(f"{self.target.root}/logs")
        pattern = shlex.quote(model_name.replace("*", "").replace("?", "") + "*")
        # The car's clock is often wrong at a venue with no internet: the shell moves "since" onto it
        # (laptop now → car now), with a little slack for the time the command takes to arrive.
        laptop_now = int(time.time())
        listing = self._checked(
            f"since=$(( {int(since_epoch)} - 2 + $(date +%s) - {laptop_now} )); "
            f"cd {logs} 2>/dev/null && find . -mindepth 1 -maxdepth 1 -type d -name {pattern} "
            '-newermt "@$since" | sort',
            _("list its logs"),
        )
        folders = [line[2:] if line.startswith("./") else line for line in listing.out.splitlines() if line]
        if not folders:
            return 0
        quoted = " ".join(shlex.quote(f) for f in folders)
        sizes = self._checked(f"cd {logs} && du -sbc -- {quoted} | tail -n 1", _("measure its logs"))
        first = sizes.out.split()[0] if sizes.out.split() else ""
        total = int(first) if first.isdigit() else 0
        command, preamble = self._sudo_command(f"cd {logs} && tar -czf - -- {quoted}")
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".part")
        channel = self._open()
        channel.settimeout(self.tuning.command_timeout)
        unpacked = zlib.decompressobj(wbits=31)  # gzip: counts what the stream holds, not what it weighs
        done = 0
        last = 0.0
        try:
            channel.exec_command(command)
            channel.sendall(preamble)
            channel.shutdown_write()
            report(0, total, _("fetching logs"))
            with open(partial, "wb") as f:
                while data := channel.recv(1 << 20):
                    if cancel is not None and cancel.is_set():
                        raise JobCancelled(name)
                    f.write(data)
                    with contextlib.suppress(zlib.error):
                        done += len(unpacked.decompress(data))
                    now = time.monotonic()
                    if now - last > 0.1:
                        # tar adds a header per file: never show more than 99 % before the end
                        report(min(done, max(0, total - 1)), total, _("fetching logs"))
                        last = now
            status = channel.recv_exit_status()
            err = _read_all(channel.recv_stderr)
        except JobCancelled:
            partial.unlink(missing_ok=True)
            raise
        except (paramiko.SSHException, OSError, EOFError) as exc:
            partial.unlink(missing_ok=True)
            raise TransferInterrupted(name, str(exc)) from exc
        finally:
            _close_quietly(channel)
        if status != 0:
            partial.unlink(missing_ok=True)
            raise CarCommandFailed(name, _("pack its logs"), err)
        partial.replace(dest)
        report(total, total, _("logs fetched"))
        return len(folders)

    def read_health(self) -> dict[str, object]:
        """Battery level (the i2c package's ROS service) and car software version, in one command."""
        script = (
            self._ros("ros2 service call /i2c_pkg/battery_level deepracer_interfaces_pkg/srv/BatteryLevelSrv")
            + "; echo; echo \"core=$(dpkg-query -W -f='${Version}' aws-deepracer-core 2>/dev/null "
            + '| tail -n 1)"'
        )
        result = self.run(script, sudo=True, timeout=30)
        core = next((line[5:].strip() for line in result.out.splitlines() if line.startswith("core=")), "")
        return {
            "battery": battery_from_ros(result.out),
            "software_version": core.split()[-1] if core else None,
        }

    # ---- status and preparation ---------------------------------------------------------------------
    def read_status(self) -> dict[str, object]:
        """Hostname, chassis serial, car software version, ready models, free disk (KiB)."""
        art = shlex.quote(f"{self.target.root}/artifacts")
        script = (
            'echo "hostname=$(hostname)"; '
            "s=$(cat /sys/class/dmi/id/chassis_serial 2>/dev/null || "
            "tr -d '\\000' < /sys/firmware/devicetree/base/serial-number 2>/dev/null); echo \"serial=$s\"; "
            "echo \"core=$(dpkg-query -W -f='${Version}' aws-deepracer-core 2>/dev/null | tail -n 1)\"; "
            f'for d in {art}/*/; do [ -s "$d/checksum.txt" ] && echo "model=$(basename "$d")"; done; '
            f"echo \"free_kb=$(df -Pk {art} | tail -n 1 | awk '{{print $4}}')\""
        )
        result = self._checked(script, _("report its status"))
        models: list[str] = []
        status: dict[str, object] = {"models": models}
        for line in result.out.splitlines():
            key, _sep, value = line.partition("=")
            value = value.strip()
            if key == "model":
                models.append(value)
            elif key == "core":
                status["software_version"] = value.split()[-1] if value else None
            elif key == "free_kb":
                status["free_kb"] = int(value) if value.isdigit() else None
            elif key in ("hostname", "serial"):
                status[key] = value.lower() if key == "serial" else value
        return status

    def prepare(self, hostname: str | None = None, serial: str | None = None) -> None:
        """Publish our DNS-SD service through the car's avahi and optionally rename the car."""
        name = self.target.name
        etc = self.target.etc.rstrip("/")
        txt = f"<txt-record>serial={_xml(serial)}</txt-record>" if serial else ""
        service = (
            "<?xml version=\"1.0\" standalone='no'?>\n"
            '<!DOCTYPE service-group SYSTEM "avahi-service.dtd">\n'
            '<service-group>\n  <name replace-wildcards="yes">%h</name>\n  <service>\n'
            f"    <type>{DREM_SERVICE_TYPE}</type>\n    <port>443</port>\n"
            f"    <txt-record>ssh=22</txt-record>{txt}\n  </service>\n</service-group>\n"
        )
        path = f"{etc}/avahi/services/drem-car.service"
        script = (
            f"mkdir -p {shlex.quote(etc + '/avahi/services')} && "
            f"printf '%s' {shlex.quote(service)} > {shlex.quote(path + '.tmp')} && "
            f"mv {shlex.quote(path + '.tmp')} {shlex.quote(path)}"
        )
        if hostname is not None:
            hostname = hostname.strip().lower()
            if not _HOSTNAME_OK.match(hostname):
                raise CarCommandFailed(
                    name,
                    _("take the new name"),
                    _(
                        "{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters."
                    ).format(name=hostname),
                )
            hosts = shlex.quote(f"{etc}/hosts")
            script += (
                f" && hostnamectl set-hostname {hostname}"
                f" && printf '%s\\n' {hostname} > {shlex.quote(etc + '/hostname')}"
                f" && (grep -v '^127.0.1.1' {hosts} 2>/dev/null; echo '127.0.1.1 {hostname}') "
                f"> {hosts}.drem && mv {hosts}.drem {hosts}"
            )
        # A new host name needs avahi restarted to be announced; a new service file only a reload.
        verb = "restart" if hostname is not None else "reload"
        script += f" && (systemctl {verb} avahi-daemon 2>/dev/null || avahi-daemon -r 2>/dev/null || true)"
        self._checked(script, _("publish its network name"))


def _close_quietly(channel: paramiko.Channel) -> None:
    """Closing a channel on a dead link raises; the error that matters was raised already."""
    with contextlib.suppress(Exception):
        channel.close()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _read_all(recv: Callable[[int], bytes]) -> str:
    chunks = []
    while data := recv(1 << 16):
        chunks.append(data)
    return b"".join(chunks).decode(errors="replace")


def _drain(channel: paramiko.Channel) -> tuple[str, str]:
    """Read stdout to the end, then stderr (paramiko buffers each side, so this cannot deadlock)."""
    out = _read_all(channel.recv)
    err = _read_all(channel.recv_stderr)
    return out, err


def _install_script(art: str, name: str, md5: str, need_kb: int) -> str:
    """The car-side install: extract into a temp folder, verify, then rename into place.

    Exit codes the laptop maps to messages: 11 extract, 12 checksum, 13 checksum.txt, 14 rename,
    15 disk full, 16 incomplete stream.
    """
    a, n, m = shlex.quote(art), shlex.quote(name), shlex.quote(md5)
    return f"""set -u
art={a}; name={n}; want={m}
tmp="$art/.drem-tmp-$name-$$"; old="$art/.drem-old-$name-$$"
trap 'rm -rf "$tmp"' EXIT
trap 'rm -rf "$tmp"; exit 1' HUP INT TERM PIPE
mkdir -p "$art" || exit 11
find "$art" -mindepth 1 -maxdepth 1 -name '.drem-*' -mmin +1 -exec rm -rf {{}} + 2>/dev/null
free=$(df -Pk "$art" | awk 'NR==2 {{print $4}}')
if [ -n "$free" ] && [ "$free" -lt {need_kb} ]; then
  echo "No space left on device: {need_kb} KiB needed, $free KiB free" >&2; exit 15
fi
mkdir "$tmp" || exit 11
# 128 KiB records: one read and one write per record instead of per 10 KiB (measured, bench/fleet_push.py)
if ! tar -b 256 -xf - -C "$tmp" --no-same-owner --no-same-permissions; then
  cat >/dev/null 2>&1; exit 11
fi
[ -f "$tmp/{COMPLETE_MARK}" ] || exit 16
rm -f "$tmp/{COMPLETE_MARK}"
for f in model.pb model.xml model.bin model.mapping; do
  if [ -f "$tmp/agent/$f" ]; then mv -f "$tmp/agent/$f" "$tmp/$f" || exit 11; fi
done
rmdir "$tmp/agent" 2>/dev/null
[ -f "$tmp/model.pb" ] && [ -f "$tmp/model_metadata.json" ] || exit 16
got=$(md5sum "$tmp/model.pb" | cut -d' ' -f1)
[ "$got" = "$want" ] || {{ echo "checksum $got, expected $want" >&2; exit 12; }}
printf '%s' "$got" > "$tmp/checksum.txt" || exit 15
[ "$(cat "$tmp/checksum.txt")" = "$want" ] || exit 13
sync "$tmp/model.pb" "$tmp/checksum.txt" 2>/dev/null || sync
if [ -e "$art/$name" ]; then mv "$art/$name" "$old" || exit 14; fi
if ! mv "$tmp" "$art/$name"; then [ -e "$old" ] && mv "$old" "$art/$name"; exit 14; fi
rm -rf "$old"
echo "installed $got"
"""
