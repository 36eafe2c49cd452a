"""Smoke test of the real one-folder bundle (Linux): built by packaging/build.py from this checkout, once per
source hash (cached outside the checkout), then run as a user would run it. It catches a data file or a
hidden import the bundle misses before a user does."""

from __future__ import annotations

import json
import queue
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from drem_desktop.models.sample import write_sample_model

from .helpers import REPO, clean_env, hide_library

BUILD_S = 1800  # PyInstaller on a loaded 2-core machine; 1-2 minutes when it is quiet
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle is built on Linux here"),
    # the first test here builds the bundle in its session fixture, which the suite's 300 s would cut off
    pytest.mark.timeout(BUILD_S + 300),
]


@pytest.fixture(scope="session")
def bundle() -> Path:
    proc = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--cache"],
        capture_output=True,
        text=True,
        timeout=BUILD_S,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    program = Path(proc.stdout.strip().splitlines()[-1])
    assert program.is_file()
    print(f"bundle: {program} (built in {(program.parents[1] / 'build-seconds').read_text().strip()} s)")
    return program


def run(bundle: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or clean_env(QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
    )


def test_the_bundle_prints_its_version(bundle: Path) -> None:
    from importlib.metadata import version

    proc = run(bundle, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"drem-desktop {version('drem-desktop')}\n"


def test_the_bundle_upgrades_a_database_made_by_the_first_migration(bundle: Path, tmp_path: Path) -> None:
    from drem_desktop.store.db import Database, head_revision

    data = tmp_path / "old"
    Database(data / "drem.sqlite", migrate_to="0001").close()
    proc = run(bundle, "event", "list", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(data / "drem.sqlite") as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision() != "0001"


def _multipart(fields: dict[str, str], file: Path) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file.name}"\r\n'
        "Content-Type: application/gzip\r\n\r\n".encode()
        + file.read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def test_serve_from_the_bundle_answers_the_leaderboard_and_takes_a_model(
    bundle: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    made = run(bundle, "event", "add", "Bundle Cup", "--json", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    event = json.loads(made.stdout)
    assert run(bundle, "racer", "add", "ann", "--data-dir", str(data)).returncode == 0
    proc = subprocess.Popen(
        [str(bundle), "serve", "--data-dir", str(data), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=clean_env(QT_QPA_PLATFORM="offscreen"),
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        port = None
        while port is None:
            line = lines.get(timeout=60)
            if m := re.search(r"LAN pages: http://[^:/]+:(\d+)/", line):
                port = int(m.group(1))
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/leaderboard/{event['id']}", timeout=10) as page:
            assert page.status == 200
            assert "Bundle Cup" in page.read().decode()
        with urllib.request.urlopen(f"{base}/static/style.css", timeout=10) as css:  # web resources bundled
            assert css.status == 200 and b"{" in css.read()
        archive = write_sample_model(tmp_path / "ann-fast.tar.gz", seed=7)
        with urllib.request.urlopen(f"{base}/upload/token", timeout=10) as answer:  # what the page carries
            token = json.loads(answer.read())["token"]
        body, content_type = _multipart(
            {"form_token": token, "username": "ann", "code": event["upload_code"]}, archive
        )
        request = urllib.request.Request(
            f"{base}/upload",
            data=body,
            headers={"Content-Type": content_type, "Accept": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            results = json.loads(answer.read())["results"]
        assert [r["accepted"] for r in results] == [True], results
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    assert proc.returncode == 0
    from drem_desktop.app import App

    app = App(data, backup_at_start=False)
    try:
        ann = app.racers.list("ann")[0]
        models = app.models.models(ann.racer_id)
        assert [m.name for m in models] == ["ann-fast"]
        assert app.models.path_of(models[0]).read_bytes() == archive.read_bytes()
    finally:
        app.close()


def test_the_bundle_opens_and_closes_its_window_offscreen(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [str(bundle), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=clean_env(QT_QPA_PLATFORM="offscreen"),
    )
    deadline = time.monotonic() + 90
    while not (data / "backups").exists() or not list((data / "backups").glob("*-start.sqlite")):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the window did not come up"
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)  # closes the window as the desktop's logout would
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert not (data / ".drem-desktop.lock").exists()  # released: the window closed cleanly


def test_the_bundle_checks_the_xcb_libraries_before_qt(bundle: Path, tmp_path: Path) -> None:
    """The bundle carries the xcb-util libraries it was built with; what it cannot carry (libGL, libxcb
    itself) is checked by the same start-up check as `make run`."""
    internal = bundle.parent / "_internal"
    assert (internal / "libxcb-cursor.so.0").exists()
    assert not (internal / "libGL.so.1").exists()
    hidden = hide_library(tmp_path / "hidden", "libGL.so.1")
    data = tmp_path / "data"
    env = clean_env(LD_LIBRARY_PATH=str(hidden), QT_QPA_PLATFORM="xcb", DISPLAY=":9999")
    proc = run(bundle, "--data-dir", str(data), env=env)
    assert proc.returncode == 1
    assert "sudo apt-get install libgl1\n" in proc.stderr
    assert "sudo dnf install libglvnd-glx\n" in proc.stderr
    assert not data.exists()


def test_the_bundle_carries_its_desktop_entry_and_icons(bundle: Path) -> None:
    entry = bundle.parent / "share" / "applications" / "drem-desktop.desktop"
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert (bundle.parent / "share/icons/hicolor/256x256/apps/drem-desktop.png").exists()
    assert (bundle.parent / "_internal/drem_desktop/resources/icons/drem-desktop.png").exists()


def test_the_desktop_entry_installs_for_the_user(bundle: Path, tmp_path: Path) -> None:
    env = clean_env(XDG_DATA_HOME=str(tmp_path / "share"))
    proc = subprocess.run(
        ["sh", str(bundle.parent / "install-desktop-entry.sh")], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    entry = (tmp_path / "share/applications/drem-desktop.desktop").read_text()
    assert f'Exec="{bundle}"' in entry
    assert (tmp_path / "share/icons/hicolor/48x48/apps/drem-desktop.png").exists()


def test_the_appimage_folder_packs_into_an_image_and_starts_from_it(bundle: Path, tmp_path: Path) -> None:
    """The AppDir the release's AppImage is made of: its desktop entry valid, packed into SquashFS (as
    appimagetool does) and started from the unpacked image (as the AppImage runtime does)."""
    from importlib.metadata import version

    sys.path.insert(0, str(REPO / "packaging"))
    try:
        from linux_appimage import appdir
    finally:
        sys.path.remove(str(REPO / "packaging"))
    folder = appdir(bundle.parent, tmp_path / "AppDir")
    check = subprocess.run(
        ["desktop-file-validate", str(folder / "drem-desktop.desktop")], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert (folder / ".DirIcon").resolve() == (folder / "drem-desktop.png").resolve()
    image = tmp_path / "drem-desktop.squashfs"
    packed = subprocess.run(
        [
            "mksquashfs",
            str(folder),
            str(image),
            "-comp",
            "zstd",
            "-Xcompression-level",
            "1",
            "-noappend",
            "-quiet",
            "-no-progress",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert packed.returncode == 0, packed.stderr
    shutil.rmtree(folder)  # nothing may come from the folder it was packed from
    unpacked = tmp_path / "squashfs-root"
    subprocess.run(["unsquashfs", "-q", "-n", "-d", str(unpacked), str(image)], check=True, timeout=600)
    link = tmp_path / "started-through-a-link"
    link.symlink_to(unpacked / "AppRun")
    proc = run(link, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"drem-desktop {version('drem-desktop')}\n"
    data = tmp_path / "data"
    listed = run(link, "event", "add", "Image Cup", "--data-dir", str(data))
    assert listed.returncode == 0, listed.stderr
    assert "Image Cup" in run(link, "event", "list", "--data-dir", str(data)).stdout
