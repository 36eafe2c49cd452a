"""App.close has one deadline for all of its parts, not a sum of each part's own timeout: parts that
hang take what is left of it, and the log names them (a slow shutdown says where it waited)."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from drem_desktop.app import App


@dataclass(frozen=True)
class Stuck:
    n: int


def test_parts_that_hang_share_one_deadline_and_are_named_in_the_log(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = App(data_dir, backup_at_start=False)
    release = threading.Event()
    started = threading.Semaphore(0)

    def hang(_event: Stuck) -> None:
        started.release()
        release.wait(60)

    for n in range(3):  # three subscribers that do not return: each lane used to get 5 s of its own
        app.bus.subscribe(Stuck, hang, lane=app.bus.lane(f"stuck-{n}"))
    app.bus.publish(Stuck(1))
    try:
        for _ in range(3):
            assert started.acquire(timeout=10)
        caplog.set_level(logging.INFO, logger="drem_desktop.app")
        began = time.monotonic()
        app.close(deadline_s=2.0)
        took = time.monotonic() - began
    finally:
        release.set()
    assert took < 8.0, caplog.text  # the three lanes alone were 15 s
    assert "closing: bus took" in caplog.text and "deadline reached" in caplog.text, caplog.text
    assert "closed in" in caplog.text
