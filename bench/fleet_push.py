"""Push a 50 MB model to 8 fake cars at once, against OpenSSH scp copying the same file to the same cars.

Fake cars are real sshd processes on loopback (tests/cars/fake_car.py, needs root). Both sides log in
with the same key. Ratios are wall times (ours / scp) from the same run; the push time includes the car's
install (extract, MD5 check, rename), scp's only the copy. Preparing the model (checking the archive and
building the payload, done once per model however many cars get it) is reported on its own line.
Run from the repo root: .venv/bin/python bench/fleet_push.py
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from cars.fake_car import FakeCar  # noqa: E402

from drem_desktop.cars.archive import prepare_model  # noqa: E402
from drem_desktop.cars.credentials import CarCredentials  # noqa: E402
from drem_desktop.cars.pins import MemoryPinStore  # noqa: E402
from drem_desktop.cars.ssh import CarTarget, SshCar  # noqa: E402

CARS = 8
SIZE = 50 * 1024 * 1024
ROUNDS = 5


def make_model(path: Path) -> None:
    pb = os.urandom(SIZE)
    with tarfile.open(path, "w:gz", compresslevel=1) as tar:
        metadata = json.dumps({"sensor": ["FRONT_FACING_CAMERA"]}).encode()
        for name, data in (("agent/model.pb", pb), ("model_metadata.json", metadata)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def main() -> None:
    if os.geteuid() != 0:
        sys.exit("fleet_push needs root (fake cars run sshd in mount namespaces)")
    work = Path(tempfile.mkdtemp(prefix="fleet-push-"))
    key = work / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    archive = work / "bench_model.tar.gz"
    make_model(archive)
    cars = [FakeCar(serial=f"amss-b{i:03d}", base=work / f"car{i}") for i in range(CARS)]
    try:
        for car in cars:
            car.authorize_key(key.with_suffix(".pub").read_text())
            car.start()
        creds = CarCredentials(ssh_key=key.read_text(), sudo_password="deepracer")
        pins = MemoryPinStore()
        t0 = time.perf_counter()
        model = prepare_model(archive, work)
        prepare_s = time.perf_counter() - t0

        def scp(car: FakeCar) -> None:
            subprocess.run(
                ["scp", "-q", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                 "-o", "BatchMode=yes", "-i", str(key), "-P", str(car.port), str(archive),
                 f"deepracer@127.0.0.1:{car.base / 'upload' / 'scp.tar.gz'}"], check=True)

        def push(car: FakeCar) -> None:
            target = CarTarget(car.serial, "127.0.0.1", car.port)
            with SshCar(target, creds, pins) as ssh:
                ssh.push_model(model)

        def timed(fn, group: list[FakeCar]) -> float:
            start = time.perf_counter()
            with ThreadPoolExecutor(len(group)) as pool:
                list(pool.map(fn, group))
            return time.perf_counter() - start

        timed(push, cars)  # warm-up: pins, page cache, first connections
        timed(scp, cars)
        fleet, single = [], []
        for r in range(ROUNDS):
            s8, p8 = timed(scp, cars), timed(push, cars)
            s1, p1 = timed(scp, cars[:1]), timed(push, cars[:1])
            fleet.append(p8 / s8)
            single.append(p1 / s1)
            print(f"round {r + 1}: 8 cars scp {s8:.2f} s push {p8:.2f} s ({p8 / s8:.2f}) | "
                  f"1 car scp {s1:.2f} s push {p1:.2f} s ({p1 / s1:.2f})")
        for car in cars:
            assert car.models() == [model.name], car.models()
        print(f"prepare (check archive + build payload, once per model): {prepare_s:.2f} s")
        print(f"fleet_push: cars={CARS} ratio_vs_scp={statistics.median(fleet):.2f} "
              f"single_ratio_vs_scp={statistics.median(single):.2f}")
    finally:
        for car in cars:
            car.close()
        subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()
