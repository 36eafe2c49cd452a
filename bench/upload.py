"""A 200 MB model through ``/upload``, against a minimal aiohttp handler that only streams to a file.

One server process (its own, so its memory is its own) runs both: the real LAN server (app, SQLite,
library, validator) and the minimal handler on a second port. This process sends the same multipart
body to each, alternating, several times.

- ``ratio``: median throughput of ``/upload`` over that of the minimal handler, the upload sent the
  way the upload page sends it (``?verdict=later``: answered once the bytes are on disk, with the
  username and code checked first).
- ``verdict_s``: how long after that answer the validator's verdict is ready (it reads the whole
  archive: gzip, tar, MD5 of the .pb; then the move into the library and the database row).
- ``ratio_with_verdict``: the same ratio if the racer's wait includes the verdict.
- ``rss_growth_mb``: the server's peak RSS (VmHWM) during the first upload and its check, minus its RSS
  before it.

Run from the repo root: ``.venv/bin/python bench/upload.py [--mb 200] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from serverproc import rss_mb, serve_or_bench, start_server, temp_folder

CODE = "BENCH-1"


# -- server process ---------------------------------------------------------------------------------
def serve(data_dir: str) -> None:
    from drem_desktop.app import App
    from drem_desktop.domain.race_config import RaceConfig
    from drem_desktop.models.library import ModelLibrary
    from drem_desktop.store.models_repo import ModelRepository
    from drem_desktop.web.app_source import AppSource
    from drem_desktop.web.server import WebConfig, WebServer

    data = Path(data_dir)
    app = App(data / "app", backup_at_start=False)
    app.events.create("Bench Cup", "2026-01-01", RaceConfig(), 1, upload_code=CODE)
    app.racers.add("racer")
    library = ModelLibrary(app.paths.root, ModelRepository(app.db), app.bus)
    server = WebServer(AppSource(app), library, WebConfig(host="127.0.0.1", port=0))
    sink = data / "minimal"
    sink.mkdir()

    async def minimal(request: web.Request) -> web.Response:
        """The floor: stream the body to a file, nothing else."""
        with (sink / "body.bin").open("wb") as out:
            while chunk := await request.content.read(256 * 1024):
                out.write(chunk)
        return web.json_response({"ok": True})

    async def start() -> tuple[int, int]:
        port = await server.start()
        floor = web.Application()
        floor.router.add_post("/minimal", minimal)
        runner = web.AppRunner(floor)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        return port, int(runner.addresses[0][1])

    loop = app.service_loop.start()
    port, floor_port = loop.submit(start()).result(30)
    print(json.dumps({"upload": port, "minimal": floor_port}), flush=True)
    sys.stdin.readline()  # until the bench is done
    app.close()


# -- client (this process) --------------------------------------------------------------------------
def make_archive(path: Path, mb: int) -> Path:
    from drem_desktop.models.sample import write_sample_model

    return write_sample_model(path, pb_size=mb * 1024 * 1024)


async def send(
    session: aiohttp.ClientSession, url: str, archive: Path, name: str
) -> tuple[float, float, dict]:
    """Seconds to the answer, seconds more until the verdict (0 for the minimal handler), the verdict."""
    form = aiohttp.FormData()
    if "/upload" in url:  # the form token the upload page carries (not part of what is timed)
        async with session.get(url.split("/upload")[0] + "/upload/token") as resp:
            form.add_field("form_token", (await resp.json())["token"])
    form.add_field("username", "racer")
    form.add_field("code", CODE)
    with archive.open("rb") as f:
        form.add_field("file", f, filename=name, content_type="application/gzip")
        started = time.perf_counter()
        async with session.post(url, data=form, headers={"Accept": "application/json"}) as resp:
            body = await resp.json()
            elapsed = time.perf_counter() - started
    if resp.status != 200:
        raise SystemExit(f"{url} answered {resp.status}: {body}")
    if "results" not in body:
        return elapsed, 0.0, body
    token = body["results"][0]["token"]
    base = url.split("/upload")[0]
    while True:
        async with session.get(f"{base}/upload/verdict/{token}") as resp:
            answer = await resp.json()
        if answer["done"]:
            return elapsed, time.perf_counter() - started - elapsed, answer["result"]


async def run(mb: int, rounds: int) -> None:
    work = temp_folder("drem-upload-bench-")
    t = time.perf_counter()
    archive = make_archive(work / "big.tar.gz", mb)
    size_mb = archive.stat().st_size / (1024 * 1024)
    print(f"archive: {size_mb:.1f} MB (made in {time.perf_counter() - t:.1f} s)")
    proc = start_server(__file__, work / "server")
    assert proc.stdin is not None and proc.stdout is not None
    ports = json.loads(proc.stdout.readline())
    upload_url = f"http://127.0.0.1:{ports['upload']}/upload?verdict=later"
    floor_url = f"http://127.0.0.1:{ports['minimal']}/minimal"
    timeout = aiohttp.ClientTimeout(total=600)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        rss_before = rss_mb(proc.pid)
        elapsed, check, result = await send(session, upload_url, archive, "bench-0.tar.gz")
        assert result["accepted"], result
        rss_growth = rss_mb(proc.pid, "VmHWM") - rss_before
        ours, checks, floor = [elapsed], [check], []
        for i in range(rounds):
            floor.append((await send(session, floor_url, archive, "x.tar.gz"))[0])
            elapsed, check, result = await send(session, upload_url, archive, f"bench-{i + 1}.tar.gz")
            assert result["accepted"], result
            ours.append(elapsed)
            checks.append(check)
    proc.stdin.write("done\n")
    proc.stdin.flush()
    proc.wait(30)
    ours_s, floor_s, check_s = statistics.median(ours), statistics.median(floor), statistics.median(checks)
    ratio = floor_s / ours_s
    whole = statistics.median(o + c for o, c in zip(ours, checks, strict=True))

    def runs(xs: list[float]) -> str:
        return ", ".join(f"{x:.2f}" for x in xs)

    print(f"/upload:  median {ours_s:.2f} s = {size_mb / ours_s:.0f} MB/s  (runs: {runs(ours)})")
    print(f"minimal:  median {floor_s:.2f} s = {size_mb / floor_s:.0f} MB/s  (runs: {runs(floor)})")
    print(f"verdict:  median {check_s:.2f} s after the answer; upload + verdict median {whole:.2f} s")
    print(f"server RSS before {rss_before:.1f} MB, peak growth during the first upload {rss_growth:.1f} MB")
    print(
        f"upload: ratio={ratio:.2f} rss_growth_mb={rss_growth:.1f} verdict_s={check_s:.2f} "
        f"ratio_with_verdict={floor_s / whole:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    serve_or_bench(args.serve, serve, lambda: run(args.mb, args.rounds))


if __name__ == "__main__":
    main()
