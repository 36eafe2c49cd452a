"""Push a 50 MB model to 8 fake cars at once, against OpenSSH scp copying the same file to the same cars.

Fake cars are real sshd processes on loopback (tests/cars/fake_car.py, needs root). Both sides log in
with the same key. Ours goes through the public CarService (job, executor, bus events) exactly as the Cars
screen does. Ratios are wall times (ours / scp) from the same run; the push time includes the car's
install (extract, MD5 check, rename), scp's only the copy. Checking the archive and building the payload
happens once per model (then cached for every car and re-push); it is measured on the first push and
reported on its own line, outside the ratios. From the job's progress events it also prints where a push's
time goes: setup (the cached model check, connecting, logging in), sending, and the car-side install.
Run from the repo root: .venv/bin/python bench/fleet_push.py [--cars 8] [--mb 50] [--rounds 5]
Goals: ratio_vs_scp ≤ 1.1 (8 cars at once) and single_ratio_vs_scp ≤ 1.1.
"""

from __future__ import annotations

import argparse
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

from drem_desktop.bus import Bus  # noqa: E402
from drem_desktop.cars.credentials import CarCredentials, FileStore  # noqa: E402
from drem_desktop.cars.events import CarJobProgressed  # noqa: E402
from drem_desktop.cars.pins import MemoryPinStore  # noqa: E402
from drem_desktop.cars.service import CarService  # noqa: E402
from drem_desktop.i18n import _  # noqa: E402


def make_model(path: Path, size: int) -> None:
    pb = os.urandom(size)
    with tarfile.open(path, "w:gz", compresslevel=1) as tar:
        metadata = json.dumps(
            {
                "sensor": ["FRONT_FACING_CAMERA"],
                "action_space_type": "discrete",
                "action_space": [{"steering_angle": a, "speed": 1.0} for a in (-30, 0, 30)],
                "training_algorithm": "clipped_ppo",
            }
        ).encode()
        for name, data in (("agent/model.pb", pb), ("model_metadata.json", metadata)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cars", type=int, default=8)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    cars_n, rounds = args.cars, args.rounds
    if os.geteuid() != 0:
        sys.exit("fleet_push needs root (fake cars run sshd in mount namespaces)")
    work = Path(tempfile.mkdtemp(prefix="fleet-push-"))
    key = work / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    archive = work / "bench_model.tar.gz"
    make_model(archive, args.mb * 1024 * 1024)
    cars = [FakeCar(serial=f"amss-b{i:03d}", base=work / f"car{i}") for i in range(cars_n)]
    try:
        for car in cars:
            car.authorize_key(key.with_suffix(".pub").read_text())
            car.start()
        creds = CarCredentials(ssh_key=key.read_text(), sudo_password="deepracer")
        bus = Bus()
        stages: dict[tuple[str, str], float] = {}  # (car, stage) -> when it was first reported
        bus.subscribe(CarJobProgressed, lambda e: stages.setdefault((e.car, e.stage), time.perf_counter()))
        service = CarService(
            work / "data",
            bus,
            credentials=FileStore(work / "data" / "creds.json"),
            pins=MemoryPinStore(),
            max_parallel=cars_n,
        )
        for car in cars:
            service.add_car(car.serial, address="127.0.0.1", ssh_port=car.port)
            service.set_credentials(car.serial, creds)
        t0 = time.perf_counter()
        first = service.push_model(archive, [cars[0].serial]).future.result(120)
        assert first[cars[0].serial].status == "done", first
        prepare_s = time.perf_counter() - t0

        def scp(car: FakeCar) -> None:
            subprocess.run(
                [
                    "scp",
                    "-q",
                    "-o",
                    "StrictHostKeyChecking=no",
                    "-o",
                    "UserKnownHostsFile=/dev/null",
                    "-o",
                    "BatchMode=yes",
                    "-i",
                    str(key),
                    "-P",
                    str(car.port),
                    str(archive),
                    f"deepracer@127.0.0.1:{car.base / 'upload' / 'scp.tar.gz'}",
                ],
                check=True,
            )

        split: dict[int, list[tuple[float, float, float]]] = {}  # cars -> (setup, sending, install) s

        def push_all(group: list[FakeCar]) -> None:
            stages.clear()
            start = time.perf_counter()
            results = service.push_model(archive, [c.serial for c in group]).future.result(300)
            failed = {k: r.error for k, r in results.items() if r.status != "done"}
            assert not failed, failed
            for c in group:  # where this car's push went, from its job's progress events
                at = {stage: t for (car, stage), t in stages.items() if car == c.serial}
                sending, installing, installed = at[_("sending")], at[_("installing")], at[_("installed")]
                split.setdefault(len(group), []).append(
                    (sending - start, installing - sending, installed - installing)
                )

        def scp_all(group: list[FakeCar]) -> None:
            with ThreadPoolExecutor(len(group)) as pool:
                list(pool.map(scp, group))

        def timed(fn, group: list[FakeCar]) -> float:
            start = time.perf_counter()
            fn(group)
            return time.perf_counter() - start

        timed(push_all, cars)  # warm-up: pins, page cache, first connections
        timed(scp_all, cars)
        fleet, single = [], []
        split.clear()
        for r in range(rounds):
            s8, p8 = timed(scp_all, cars), timed(push_all, cars)
            s1, p1 = timed(scp_all, cars[:1]), timed(push_all, cars[:1])
            fleet.append(p8 / s8)
            single.append(p1 / s1)
            print(
                f"round {r + 1}: {cars_n} cars scp {s8:.2f} s push {p8:.2f} s ({p8 / s8:.2f}) | "
                f"1 car scp {s1:.2f} s push {p1:.2f} s ({p1 / s1:.2f})"
            )
        for car in cars:
            assert car.models() == ["bench_model"], car.models()
        service.close()
        print(f"first push to one car, including the once-per-model check and payload: {prepare_s:.2f} s")
        mb = archive.stat().st_size / 1e6
        for n, parts in sorted(split.items()):
            setup, send, install = (statistics.median(p[i] for p in parts) for i in range(3))
            print(
                f"where a push to {n} car(s) goes (median per car): setup (model check cached, connect, "
                f"log in) {setup:.2f} s, sending {send:.2f} s ({mb / send:.0f} MB/s per car), "
                f"car-side install (extract finishes, MD5, sync, rename) {install:.2f} s"
            )
        print(
            f"fleet_push: cars={cars_n} ratio_vs_scp={statistics.median(fleet):.2f} "
            f"single_ratio_vs_scp={statistics.median(single):.2f}"
        )
    finally:
        for car in cars:
            car.close()
        subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()
