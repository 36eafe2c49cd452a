"""The Models screen on a real model library (real archives on disk, the real SQLite rows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from drem_desktop.models.library import ModelLibrary
from drem_desktop.models.sample import write_sample_model
from drem_desktop.store.models_repo import ModelRepository
from drem_desktop.ui.models.page import ModelsPage

from .helpers import settle


def test_models_from_a_stick_folder_go_to_the_racer(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, ctx = window
    app.models = ModelLibrary(app.paths.root, ModelRepository(app.db), app.bus)  # as app.py will wire it
    stick = tmp_path / "stick"
    (stick / "models").mkdir(parents=True)
    write_sample_model(stick / "models" / "fast-lap.tar.gz", seed=1)
    write_sample_model(stick / "models" / "steady.tar.gz", seed=2)
    (stick / "models" / "broken.tar.gz").write_bytes(b"not an archive at all")

    page: ModelsPage = main.show_page("models")
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.racers.count() == 3)
    page.search.setText("speedy")
    qtbot.waitUntil(lambda: page.racer() is not None and page.racer().username == "speedy")
    assert page.upload_code.text() == ctx.current.event_info.upload_code

    page.scan(stick)
    qtbot.waitUntil(lambda: page.found.count() == 3 and page.progress.isHidden(), timeout=10_000)
    names = [page.found.item(i).text() for i in range(3)]
    assert any(n.startswith("broken.tar.gz  — ") for n in names)  # refused with the reason beside it
    assert len(page.ticked()) == 2  # good archives in <stick>/models are ticked for import
    page.import_ticked()
    qtbot.waitUntil(lambda: page.table_model.rowCount() == 2, timeout=10_000)
    assert "Imported 2 model(s)." in page.usb_message.text()
    racer = app.racers.by_username("speedy")
    assert {m.name for m in app.models.models(racer.racer_id)} == {"fast-lap", "steady"}

    page.import_file(stick / "models" / "broken.tar.gz")
    qtbot.waitUntil(lambda: page.progress.isHidden() and page.message.isVisible(), timeout=10_000)
    assert page.message.property("kind") == "error"
    assert page.table_model.rowCount() == 2

    page.table.selectRow(0)
    page.retire_button.click()
    qtbot.waitUntil(lambda: "retired" in {m.status for m in page.table_model.rows})
    assert page.table_model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_import_sample_models_files_a_folder_under_sample_models(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Models → Import sample models… with a folder laid out like the cloud manager's lib/default_models."""
    main, ctx = window
    folder = tmp_path / "default_models"
    folder.mkdir()
    for i, name in enumerate(("2022-CW-Centerline-tracking-model", "AtoZ-CW-Steering-penalty")):
        write_sample_model(folder / f"{name}.tar.gz", seed=10 + i)
    (folder / "README.md").write_text("not a model")
    (folder / "truncated.tar.gz").write_bytes(b"\x1f\x8b\x08\x00broken")

    page: ModelsPage = main.show_page("models")
    settle(qtbot, ctx)
    assert page.samples.button.isEnabled()
    page.samples.start(folder)
    qtbot.waitUntil(lambda: page.racer() is not None and page.racer().display_name == "Sample models")
    qtbot.waitUntil(lambda: page.table_model.rowCount() == 2 and page.progress.isHidden())
    assert page.message.text().startswith("2 sample model(s) added.")
    assert "truncated.tar.gz" in page.message.text()
    owner = app.racers.by_username("sample-models")
    assert {m.name for m in app.models.models(owner.racer_id)} == {
        "2022-CW-Centerline-tracking-model",
        "AtoZ-CW-Steering-penalty",
    }
    page.samples.start(folder)  # again: nothing doubled, the owner is the same
    qtbot.waitUntil(lambda: "2 already in the library" in page.message.text())
    assert len(app.models.models(owner.racer_id)) == 2
    assert [r.username for r in app.racers.list()].count("sample-models") == 1
