"""The sync commands as an organizer types them, against a real S3 endpoint (moto server on loopback):
``sync --once`` pushes then pulls and exits 0 when both sides agree; ``join-event`` restores an event on
a fresh laptop whose leaderboards then equal the source's; credentials come from the AWS chain."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import fresh_folder


def run(data: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_sync_once_and_join_event_from_the_command_line(
    template_data_dir: Path, tmp_path: Path, moto: Any, s3_bucket: str
) -> None:
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": moto.keys.access_key_id,  # the standard AWS chain: nothing saved in the app
        "AWS_SECRET_ACCESS_KEY": moto.keys.secret_access_key,
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    a = fresh_folder(template_data_dir, tmp_path / "a")
    fresh = fresh_folder(template_data_dir, tmp_path / "fresh")
    where = ["--bucket", f"s3://{s3_bucket}/venue", "--endpoint-url", moto.url]
    assert run(a, "event", "add", "CLI Cup", "--tracks", "2", env=env).returncode == 0
    assert (
        run(
            a, "demo-data", "--racers", "6", "--runs", "2", "--laps", "4", "--name", "Demo Cup", env=env
        ).returncode
        == 0
    )
    first = run(a, "sync", "--once", *where, env=env)
    assert first.returncode == 0, first.stderr
    assert "agree" in first.stdout and "pushed" in first.stdout
    again = run(a, "sync", "--once", *where, env=env)
    assert again.returncode == 0 and "pushed 0 segment(s)" in again.stdout  # idempotent
    joined = run(fresh, "join-event", *where, "--event", "Demo Cup", env=env)
    assert joined.returncode == 0, joined.stderr
    assert "Joined “Demo Cup”" in joined.stdout
    for track in ("combined", "2"):
        mine = run(a, "leaderboard", "Demo Cup", "--track", track, "--json", env=env)
        theirs = run(fresh, "leaderboard", "Demo Cup", "--track", track, "--json", env=env)
        assert mine.returncode == theirs.returncode == 0
        assert json.loads(mine.stdout) == json.loads(theirs.stdout) and json.loads(mine.stdout)
    both = run(fresh, "sync", "--once", *where, env=env)
    assert both.returncode == 0 and "agree" in both.stdout
    # wrong credentials: a clear error, exit 1, nothing changed
    wrong = run(a, "sync", "--once", *where, env={**env, "AWS_SECRET_ACCESS_KEY": "wrong"})
    assert wrong.returncode == 1 and "refused these credentials" in wrong.stderr
    missing = run(fresh, "join-event", *where, "--event", "No Such Cup", env=env)
    assert (
        missing.returncode == 1
        and "No event “No Such Cup”" in missing.stderr
        and "Demo Cup" in missing.stderr
    )
