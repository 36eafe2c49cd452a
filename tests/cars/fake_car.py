"""A fake DeepRacer car: OpenSSH's real sshd on a loopback port, with the car's tree and stub commands.

Each car runs its own sshd inside a private mount namespace (``unshare --mount``), where:
- ``/opt/aws/deepracer`` is a bind mount of a temp folder the test can inspect from outside;
- ``/etc/passwd`` and ``/etc/shadow`` gain a user ``deepracer`` (password ``deepracer``, uid 0, like the
  car's sudo-capable user), so password logins are real sshd password logins;
- ``/sys/firmware/devicetree/base/serial-number`` holds the car's chassis serial.
``sudo``, ``systemctl``, ``ros2`` and ``dpkg-query`` are stub scripts first on the session's PATH (sshd's
``SetEnv``); each appends its command line to ``calls.log``. Everything else (sh, tar, md5sum, mv) is real.
Needs root (CI runs as root) and only listens on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

# openssl passwd -6 -salt dremcar deepracer
_DEEPRACER_HASH = (
    "$6$dremcar$GmB9ARVMyparegX.QftWxfxxx5LpEoI.RBNHRUVzAd8jKDvFrc2QGGK8gauo1Q/pnUmnEGpT/BObAR/BfD1S5/"
)

_SUDO = """#!/bin/sh
echo "sudo $*" >> "{calls}"
while [ $# -gt 0 ]; do
  case "$1" in
    -S) IFS= read -r pw; if [ "$pw" != "{password}" ]; then echo "Sorry, try again." >&2; exit 1; fi ;;
    -p|-u) shift ;;
    --) shift; break ;;
    -*) ;;
    *) break ;;
  esac
  shift
done
exec "$@"
"""

_RECORDER = """#!/bin/sh
echo "{name} $*" >> "{calls}"
{extra}
exit 0
"""

_ROS2_EXTRA = """case "$*" in
  *stop_logging*) echo "response:"; echo "std_srvs.srv.Trigger_Response(success=True, message='')" ;;
  *battery_level*) echo "requester: making request: deepracer_interfaces_pkg.srv.BatteryLevelSrv_Request()"
    echo; echo "response:"
    echo "deepracer_interfaces_pkg.srv.BatteryLevelSrv_Response(level=$(cat "{battery}"))" ;;
  *) echo "response:"; echo "ok" ;;
esac"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeCar:
    """One fake car; ``start()`` launches sshd, ``stop()`` ends it and removes everything it made."""

    def __init__(
        self,
        serial: str = "amss-test",
        password: str = "deepracer",
        base: Path | None = None,
        artifacts_limit_kb: int | None = None,
    ) -> None:
        self.serial = serial
        self.password = password
        self.base = Path(base or tempfile.mkdtemp(prefix=f"fakecar-{serial}-"))
        self.root = self.base / "deepracer"
        self.artifacts = self.root / "artifacts"
        self.logs = self.root / "logs"
        self.calls_log = self.base / "calls.log"
        self.port = 0
        self.host_key = self.base / "host_ed25519"
        self.artifacts_limit_kb = artifacts_limit_kb
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmpfs_mounted = False
        self._prepare()

    # ---- set-up -----------------------------------------------------------------------------------------
    def _prepare(self) -> None:
        for d in (
            self.artifacts,
            self.logs,
            self.root / "lib",
            self.base / "bin",
            self.base / "home",
            self.base / "upload",
        ):
            d.mkdir(parents=True, exist_ok=True)
        (self.root / "lib" / "setup.bash").write_text("# fake ROS environment\n")
        (self.base / "battery").write_text("10\n")  # what the i2c battery service reports (0..11, -1)
        self.calls_log.write_text("")
        bin_dir = self.base / "bin"
        (bin_dir / "sudo").write_text(_SUDO.format(calls=self.calls_log, password=self.password))
        for name, extra in (
            ("systemctl", ""),
            ("ros2", _ROS2_EXTRA),
            ("dpkg-query", 'echo "aws-deepracer-core\t2.1.2.7"'),
            ("avahi-daemon", ""),
            ("hostnamectl", ""),
        ):
            extra = extra.replace("{battery}", str(self.base / "battery"))
            (bin_dir / name).write_text(_RECORDER.format(name=name, calls=self.calls_log, extra=extra))
        for f in bin_dir.iterdir():
            f.chmod(0o755)
        if not self.host_key.exists():
            self.new_host_key()
        passwd = Path("/etc/passwd").read_text().rstrip("\n") + "\n"
        passwd += f"deepracer:x:0:0:DeepRacer:{self.base / 'home'}:/bin/sh\n"
        (self.base / "passwd").write_text(passwd)
        shadow = Path("/etc/shadow").read_text().rstrip("\n") + "\n"
        # The stored hash is for the password "deepracer"; any other password makes every login fail,
        # which is what the wrong-password test wants.
        shadow += f"deepracer:{_DEEPRACER_HASH}:19000:0:99999:7:::\n"
        (self.base / "shadow").write_text(shadow)
        (self.base / "shadow").chmod(0o600)
        (self.base / "serial-number").write_text(self.serial + "\0")
        (self.base / "authorized_keys").write_text("")

    def new_host_key(self) -> None:
        """Replace the host key (as a re-flashed car or an impostor would present)."""
        for p in (self.host_key, self.host_key.with_suffix(".pub")):
            p.unlink(missing_ok=True)
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(self.host_key)], check=True)

    def authorize_key(self, public_key_line: str) -> None:
        with (self.base / "authorized_keys").open("a") as f:
            f.write(public_key_line.strip() + "\n")

    def _config(self) -> str:
        return "\n".join(
            [
                f"Port {self.port}",
                "ListenAddress 127.0.0.1",
                f"HostKey {self.host_key}",
                f"PidFile {self.base / 'sshd.pid'}",
                "UsePAM no",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                f"AuthorizedKeysFile {self.base / 'authorized_keys'}",
                "PermitRootLogin yes",
                "StrictModes no",
                f"SetEnv PATH={self.base / 'bin'}:/usr/sbin:/usr/bin:/sbin:/bin",
                "Subsystem sftp internal-sftp",
                "MaxStartups 100:30:200",
                "MaxSessions 100",
                "MaxAuthTries 3",
                "LogLevel ERROR",
                "",
            ]
        )

    # ---- life cycle -------------------------------------------------------------------------------------
    def start(self, port: int | None = None) -> FakeCar:
        if self.artifacts_limit_kb is not None and not self._tmpfs_mounted:
            subprocess.run(
                [
                    "mount",
                    "-t",
                    "tmpfs",
                    "-o",
                    f"size={self.artifacts_limit_kb}k",
                    "tmpfs",
                    str(self.artifacts),
                ],
                check=True,
            )
            self._tmpfs_mounted = True
        self.port = port or free_port()
        config = self.base / "sshd_config"
        config.write_text(self._config())
        b = self.base
        script = " && ".join(
            [
                "mkdir -p /run/sshd",
                f"mount --bind {b / 'passwd'} /etc/passwd",
                f"mount --bind {b / 'shadow'} /etc/shadow",
                "mount -t tmpfs tmpfs /opt",
                "mkdir -p /opt/aws/deepracer",
                f"mount --rbind {self.root} /opt/aws/deepracer",
                "mount -t tmpfs tmpfs /sys/firmware",
                "mkdir -p /sys/firmware/devicetree/base",
                f"cp {b / 'serial-number'} /sys/firmware/devicetree/base/serial-number",
                f"exec /usr/sbin/sshd -D -e -f {config}",
            ]
        )
        self._proc = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
            stdout=subprocess.DEVNULL,
            stderr=open(b / "sshd.err", "wb"),  # noqa: SIM115
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"sshd exited: {(b / 'sshd.err').read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("sshd did not start listening in 10 s")

    def stop(self) -> None:
        """End this car's sshd and every session it started (they share its process group)."""
        if self._proc is not None and self._proc.poll() is None:
            for pid in session_pids(self):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._proc = None

    def close(self) -> None:
        self.stop()
        if self._tmpfs_mounted:
            subprocess.run(["umount", "-l", str(self.artifacts)], check=False)
            self._tmpfs_mounted = False
        shutil.rmtree(self.base, ignore_errors=True)

    # ---- inspection -------------------------------------------------------------------------------------
    def set_battery(self, level: int) -> None:
        """What the car's battery service reports from now on (0..11, -1 unknown)."""
        (self.base / "battery").write_text(f"{level}\n")

    def calls(self) -> list[str]:
        return [line for line in self.calls_log.read_text().splitlines() if line]

    def models(self) -> list[str]:
        return sorted(p.name for p in self.artifacts.iterdir())

    def host_key_line(self) -> str:
        return self.host_key.with_suffix(".pub").read_text().strip()

    def __enter__(self) -> FakeCar:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def session_pids(car: FakeCar) -> list[int]:
    """Per-connection sshd children of this car's listener (processes this test started)."""
    if car._proc is None:
        return []
    children = Path(f"/proc/{car._proc.pid}/task/{car._proc.pid}/children")
    try:
        return [int(p) for p in children.read_text().split()]
    except OSError:
        return []


if __name__ == "__main__":  # manual check: python tests/cars/fake_car.py
    with FakeCar() as car:
        print("fake car on port", car.port, "tree", car.root)
        os.system(f"sleep 1; ls {car.root}")
