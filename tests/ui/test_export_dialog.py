"""Event → Export… on real widgets: each kind is written with progress, the folder opens, Cancel stops it."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from drem_desktop.store.bulk import BulkRun, bulk_insert_runs
from drem_desktop.ui.event.export_dialog import KINDS

from .helpers import settle


def add_runs(app: Any, event: Any) -> None:
    racers = app.racers.list()
    runs = [
        BulkRun(
            event.event_id,
            event.tracks[i % 2].track_id,
            r.racer_id,
            [(9_000 + 100 * i, 0, True), (9_500, 1, True)],
        )
        for i, r in enumerate(racers)
    ]
    bulk_insert_runs(app.db, runs, event.config)
    app.leaderboards.invalidate(event.event_id)


@pytest.mark.parametrize("kind", [k for k, _label, _hint in KINDS])
def test_each_kind_is_saved_and_its_folder_opens(qtbot: Any, window: Any, tmp_path: Path, kind: str) -> None:
    main, ctx = window
    add_runs(ctx.app, ctx.current.event_info)
    dialog = main.export_results()
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.open_folder = opened.append
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.select(kind)
    assert dialog.kind() == kind
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None or dialog.message.isVisible())
    assert dialog.saved is not None, dialog.message.text()
    assert opened == [dialog.saved if dialog.saved.is_dir() else dialog.saved.parent]
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()
    saved = dialog.saved
    if kind.endswith("csv"):
        with saved.open(encoding="utf-8-sig", newline="") as f:
            assert len(list(csv.reader(f))) > 1
    elif kind == "json":
        assert json.loads(saved.read_text(encoding="utf-8"))["event"]["name"] == "Test Cup"
    elif kind.startswith("pdf"):
        assert saved.read_bytes().startswith(b"%PDF")
    elif kind == "drem":
        assert (saved / "races.json").is_file() and (saved / "manifest.json").is_file()
    else:
        assert saved.suffix == ".dremz" and saved.stat().st_size > 0
    settle(qtbot, ctx)


def test_cancel_stops_and_saves_nothing(qtbot: Any, window: Any, tmp_path: Path) -> None:
    main, ctx = window
    add_runs(ctx.app, ctx.current.event_info)
    dialog = main.export_results()
    qtbot.addWidget(dialog)
    dialog.open_folder = lambda _p: None
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.select("pdf-certificates")
    dialog._cancel.set()  # as if Cancel was pressed the moment the work started
    original = dialog._cancel.clear
    dialog._cancel.clear = lambda: None  # keep it pressed when export() starts
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.status.text())
    dialog._cancel.clear = original
    assert dialog.saved is None
    assert not list((tmp_path / "out").glob("*.pdf")) and not list((tmp_path / "out").glob("*.partial"))


def test_a_failure_is_shown_in_words(qtbot: Any, window: Any, tmp_path: Path) -> None:
    main, _ctx = window
    dialog = main.export_results()
    qtbot.addWidget(dialog)
    (tmp_path / "file").write_text("x")
    dialog.folder.setText(str(tmp_path / "file"))  # a file where a folder should be
    dialog.select("summary-csv")
    dialog.export_button.click()
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.saved is None and dialog.export_button.isEnabled()
    assert "file" in dialog.message.text().lower() or "exists" in dialog.message.text().lower()
