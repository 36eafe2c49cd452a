"""Sample models from a folder of archives: one owner, the library's one check, nothing doubled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drem_desktop.domain.errors import NotFound
from drem_desktop.models.sample import write_sample_model
from drem_desktop.models.samples import OWNER_NAME, import_sample_models


def test_a_folder_is_imported_under_one_owner(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "default_models"
    folder.mkdir()
    write_sample_model(folder / "a.tar.gz", seed=1)
    write_sample_model(folder / "b.tgz", seed=2)
    (folder / "c.tar.gz").write_bytes(b"garbage")
    result = import_sample_models(app.models, app.racers, folder)
    assert result.owner.display_name == OWNER_NAME
    assert sorted(result.added) == ["a.tar.gz", "b.tgz"]
    assert [f for f, _ in result.refused] == ["c.tar.gz"]
    again = import_sample_models(app.models, app.racers, folder)
    assert again.owner.racer_id == result.owner.racer_id
    assert sorted(again.already) == ["a.tar.gz", "b.tgz"] and again.added == []


def test_an_empty_or_missing_folder_is_refused_and_changes_nothing(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match="No model archives"):
        import_sample_models(app.models, app.racers, tmp_path)
    with pytest.raises(NotFound, match="is not a folder"):
        import_sample_models(app.models, app.racers, tmp_path / "nowhere")
    assert app.racers.list() == []


def test_the_cli_imports_sample_models(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "samples"
    folder.mkdir()
    write_sample_model(folder / "track-check.tar.gz", seed=3)
    cmd = [sys.executable, "-m", "drem_desktop", "import-models", str(folder), "--data-dir", str(data_dir)]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("1 sample model(s) added.")
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert "1 already in the library" in second.stdout
