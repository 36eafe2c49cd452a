"""The one helper that runs service calls off the UI thread: results come back on the UI thread, and a
result that arrives while the window closes cannot start new work."""

from __future__ import annotations

import threading

from drem_desktop.ui.background import Background


def test_results_arrive_on_the_ui_thread_and_late_work_is_dropped_after_shutdown(qtbot) -> None:  # type: ignore[no-untyped-def]
    background = Background()
    seen: list[tuple[int, bool]] = []
    background.run(
        lambda: 21 * 2, done=lambda v: seen.append((v, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: seen == [(42, True)])
    background.shutdown()
    late = background.race(lambda: 1, done=seen.append)  # e.g. a refresh asked for by a late result
    assert late.cancelled()
    qtbot.wait(50)
    assert seen == [(42, True)]
