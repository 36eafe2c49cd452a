"""Model installs over real SSH into a fake car (OpenSSH sshd), including every failure we promise on."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from pathlib import Path

import pytest

from drem_desktop.cars.archive import prepare_model
from drem_desktop.cars.errors import CarAuthFailed, CarDiskFull, HostKeyChanged, JobCancelled
from drem_desktop.cars.ssh import SshCar

from .conftest import make_archive
from .fake_car import FakeCar


def test_push_installs_model_atomically_with_checksum(car, target, creds, pins, tmp_path: Path) -> None:
    pb = b"\x01weights" * 5000
    archive = make_archive(
        tmp_path / "Fast Racer.v2.tar.gz",
        pb=pb,
        extra={"agent/model.xml": b"<xml/>", "model_5.ckpt.data": b"x" * 1000},
    )
    model = prepare_model(archive, tmp_path / "work")
    assert model.name == "Fast_Racer"
    seen: list[tuple[int, int, str]] = []
    with SshCar(target, creds, pins) as ssh:
        ssh.push_model(model, progress=lambda d, t, s: seen.append((d, t, s)))
        assert ssh.list_models() == ["Fast_Racer"]
    folder = car.artifacts / "Fast_Racer"
    assert sorted(p.name for p in folder.iterdir()) == [
        "checksum.txt",
        "model.pb",
        "model.xml",
        "model_metadata.json",
    ]
    assert (folder / "model.pb").read_bytes() == pb
    assert (folder / "checksum.txt").read_text() == hashlib.md5(pb).hexdigest()
    assert car.models() == ["Fast_Racer"]  # no temp folders left behind
    assert seen[-1][0] == seen[-1][1] == model.payload_size
    assert any(c.startswith("sudo -S") for c in car.calls())
    assert pins.get("amss-t001", "ssh") is not None


def test_push_replaces_existing_model_whole(car, target, creds, pins, tmp_path: Path) -> None:
    with SshCar(target, creds, pins) as ssh:
        ssh.push_model(prepare_model(make_archive(tmp_path / "m.tar.gz", pb=b"old" * 10), tmp_path))
        ssh.push_model(prepare_model(make_archive(tmp_path / "m.tar.gz", pb=b"new" * 10), tmp_path))
    assert (car.artifacts / "m" / "model.pb").read_bytes() == b"new" * 10
    assert car.models() == ["m"]


def test_wrong_password_is_refused_plainly(car, target, creds, pins, tmp_path: Path) -> None:
    bad = creds.merged(ssh_password="not-the-password")
    with pytest.raises(CarAuthFailed, match="refused the SSH password"):
        SshCar(target, bad, pins).connect()
    assert pins.get("amss-t001", "ssh") is None  # nothing pinned from a failed login
    assert car.models() == []


def test_changed_host_key_is_refused_until_trusted(car, target, creds, pins, tmp_path: Path) -> None:
    with SshCar(target, creds, pins) as ssh:
        assert ssh.list_models() == []
    first = pins.get("amss-t001", "ssh")
    car.stop()
    car.new_host_key()
    car.start(port=car.port)
    with pytest.raises(HostKeyChanged, match="Trust the new key") as info:
        SshCar(target, creds, pins).connect()
    assert info.value.expected == first
    assert car.calls() == []  # nothing ran on the other car
    pins.forget("amss-t001", "ssh")  # the operator's explicit "trust the new key"
    with SshCar(target, creds, pins) as ssh:
        ssh.list_models()
    assert pins.get("amss-t001", "ssh") not in (None, first)


def test_disk_full_leaves_car_as_it_was(tmp_path: Path, creds, pins) -> None:
    car = FakeCar(base=tmp_path / "car", artifacts_limit_kb=256).start()
    try:
        from drem_desktop.cars.ssh import CarTarget

        target = CarTarget("amss-t001", "127.0.0.1", car.port)
        small = prepare_model(make_archive(tmp_path / "small.tar.gz", pb=b"s" * 1000), tmp_path)
        big = prepare_model(make_archive(tmp_path / "big.tar.gz", pb=b"b" * 600_000), tmp_path)
        with SshCar(target, creds, pins) as ssh:
            ssh.push_model(small)
            with pytest.raises(CarDiskFull, match="ran out of disk space"):
                ssh.push_model(big)
        assert car.models() == ["small"]
    finally:
        car.close()


def test_cancel_mid_transfer_leaves_no_half_model(car, target, creds, pins, tmp_path: Path) -> None:
    model = prepare_model(make_archive(tmp_path / "big.tar.gz", pb=bytes(8_000_000)), tmp_path)
    cancel = threading.Event()

    def progress(done: int, total: int, stage: str) -> None:
        if done > 1_000_000:
            cancel.set()

    with SshCar(target, creds, pins) as ssh:
        ssh.tuning = ssh.tuning.__class__(chunk=64 * 1024)
        with pytest.raises(JobCancelled):
            ssh.push_model(model, progress=progress, cancel=cancel)
    _wait_until(lambda: car.models() == [])


def _wait_until(check, timeout: float = 15.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.05)


def test_connection_dropped_mid_transfer_leaves_no_half_model(car, creds, pins, tmp_path: Path) -> None:
    from drem_desktop.cars.errors import TransferInterrupted
    from drem_desktop.cars.ssh import CarTarget

    from .relay import CuttingRelay

    model = prepare_model(make_archive(tmp_path / "m.tar.gz", pb=bytes(6_000_000)), tmp_path)
    relay = CuttingRelay(car.port, cut_after=2_000_000)
    try:
        with (
            SshCar(CarTarget("amss-t001", "127.0.0.1", relay.port), creds, pins) as ssh,
            pytest.raises(TransferInterrupted, match="dropped during the transfer"),
        ):
            ssh.push_model(model)
    finally:
        relay.close()
    _wait_until(lambda: car.models() == [])
    # The same car still takes the model once the link is back.
    with SshCar(CarTarget("amss-t001", "127.0.0.1", car.port), creds, pins) as ssh:
        ssh.push_model(model)
    assert car.models() == ["m"]


def test_car_gone_is_reported_plainly(car, target, creds, pins) -> None:
    from drem_desktop.cars.errors import CarUnreachable

    car.stop()
    with pytest.raises(CarUnreachable, match="did not answer"):
        SshCar(target, creds, pins).connect()


def test_disk_filling_up_during_extract_leaves_car_as_it_was(tmp_path: Path, creds, pins) -> None:
    from drem_desktop.cars.ssh import CarTarget

    car = FakeCar(base=tmp_path / "car", artifacts_limit_kb=8192).start()
    try:
        target = CarTarget("amss-t001", "127.0.0.1", car.port)
        keep = prepare_model(make_archive(tmp_path / "keep.tar.gz", pb=b"k" * 1000), tmp_path)
        big = prepare_model(make_archive(tmp_path / "big.tar.gz", pb=bytes(6_000_000)), tmp_path)
        filled = []

        def fill_disk(done: int, total: int, stage: str) -> None:
            # Something else on the car eats the space after the free-space check passed: with 4 MB
            # sent and at most 2 MB in flight (sshd's window), tar is already writing model.pb.
            if stage == "sending" and done >= 4_000_000 and not filled:
                filler = car.artifacts / "filler.bin"
                fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
                with contextlib.suppress(OSError):  # ENOSPC is the point
                    os.write(fd, bytes(8192 * 1024))
                os.close(fd)
                filled.append(filler)

        with SshCar(target, creds, pins) as ssh:
            ssh.push_model(keep)
            with pytest.raises(CarDiskFull, match="ran out of disk space"):
                ssh.push_model(big, progress=fill_disk)
        filled[0].unlink()
        _wait_until(lambda: car.models() == ["keep"])
        assert (car.artifacts / "keep" / "checksum.txt").read_text() == keep.md5
    finally:
        car.close()


def test_wrong_sudo_password_is_refused_plainly(car, target, creds, pins, tmp_path: Path) -> None:
    model = prepare_model(make_archive(tmp_path / "m.tar.gz"), tmp_path)
    with (
        SshCar(target, creds.merged(sudo_password="not-sudo"), pins) as ssh,
        pytest.raises(CarAuthFailed, match="sudo"),
    ):
        ssh.push_model(model)
    assert car.models() == []


def test_key_login(car, target, pins, tmp_path: Path) -> None:
    import subprocess

    from drem_desktop.cars.credentials import CarCredentials

    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    car.authorize_key(key.with_suffix(".pub").read_text())
    creds = CarCredentials(ssh_key=key.read_text(), sudo_password="deepracer")
    with SshCar(target, creds, pins) as ssh:
        status = ssh.read_status()
    assert status["serial"] == "amss-t001"
    assert status["software_version"] == "2.1.2.7"
