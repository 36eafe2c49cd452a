"""Uploads on a real small tmpfs: below the reserve kept for timing they are refused with 507 and words, and
a disk that fills during an upload is answered 507 in words too, leaving nothing in staging."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import aiohttp
from web_venue import CODE, make_venue

from drem_desktop.disk_space import DiskSpace
from drem_desktop.models.sample import write_sample_model


def _upload(port: int, archive: Path) -> tuple[int, dict]:
    async def go() -> tuple[int, dict]:
        form = aiohttp.FormData()
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{port}/upload/token") as r,
        ):
            form.add_field("form_token", (await r.json())["token"])
        form.add_field("username", "alice")
        form.add_field("code", CODE)
        form.add_field("file", archive.read_bytes(), filename=archive.name, content_type="application/gzip")
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"http://127.0.0.1:{port}/upload", data=form, headers={"Accept": "application/json"}
            ) as response,
        ):
            return response.status, await response.json()

    return asyncio.run(go())


def test_uploads_keep_a_reserve_for_timing_and_a_full_disk_is_answered_in_words(
    small_disk: Callable, tmp_path: Path
) -> None:
    disk = small_disk(24)
    venue = make_venue(disk.root / "data")
    venue.library.space = DiskSpace(venue.app.paths.root, reserve_bytes=8 * 1024 * 1024, ballast_bytes=0)
    loop = venue.app.service_loop.start()
    port = loop.submit(venue.server.start()).result(10)
    try:
        model = write_sample_model(tmp_path / "fast.tar.gz", pb_size=3 * 1024 * 1024)
        status, body = _upload(port, model)
        assert status == 200 and body["results"][0]["accepted"], body
        disk.fill(leave_bytes=10 * 1024 * 1024)  # 10 MB free, 8 MB kept for timing
        status, body = _upload(port, model)
        assert status == 507, body
        assert "running out of disk space" in body["error"] and "USB stick" in body["error"]
        assert list(venue.library.staging.glob("*")) == []
        # no reserve at all: the disk itself fills during the upload, still answered in words
        venue.library.space = None
        disk.fill(leave_bytes=1024 * 1024)
        status, body = _upload(port, model)
        assert status == 507, body
        assert "running out of disk space" in body["error"]
        assert list(venue.library.staging.glob("*")) == []
    finally:
        loop.submit(venue.server.stop()).result(10)
        venue.app.close()
