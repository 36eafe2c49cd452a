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


def test_a_bug_is_logged_with_its_traceback_and_names_the_log(qtbot, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from drem_desktop.domain.errors import NotFound

    log_path = tmp_path / "logs" / "drem-desktop.log"
    background = Background(log_path=log_path)
    failures: list[str] = []

    def bug() -> None:
        {}["missing"]  # a KeyError is a programming error, not a message for the timekeeper

    def refused() -> None:
        raise NotFound("No racer called apex is registered.")

    try:
        background.run(bug, failed=failures.append)
        qtbot.waitUntil(lambda: len(failures) == 1)
        background.run(refused, failed=failures.append)
        qtbot.waitUntil(lambda: len(failures) == 2)
    finally:
        background.shutdown()
    assert failures[0] == f"Something went wrong (KeyError); see the log at {log_path}."
    assert failures[1] == "No racer called apex is registered."
    logged = [r for r in caplog.records if r.exc_info]
    assert len(logged) == 1 and logged[0].exc_info[0] is KeyError  # type: ignore[index]
