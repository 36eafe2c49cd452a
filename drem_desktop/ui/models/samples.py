"""Models → Import sample models…: a folder of known-good archives filed under the "Sample models" owner
(the cloud manager's ``lib/default_models/`` or any folder of .tar.gz; see default_models/README.md).

It uses the Models page's progress bar, Cancel button and message line, and runs the import on a worker."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QPushButton

from drem_desktop.models.samples import SampleImport, import_sample_models
from drem_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from drem_desktop.ui.models.page import ModelsPage


def shipped_samples() -> Path:
    """The samples a build carries (default_models/ packed by `make package`), else the home folder."""
    bundle = getattr(sys, "_MEIPASS", None)
    shipped = Path(bundle) / "default_models" if bundle else None
    return shipped if shipped is not None and shipped.is_dir() else Path.home()


class SampleModelsImport:
    def __init__(self, page: ModelsPage) -> None:
        self.page = page
        self.button = QPushButton(tr("Import sample models…"))
        self.button.setToolTip(
            tr(
                "Pick a folder of model archives (for example the cloud manager's lib/default_models): "
                "they are filed under the owner “Sample models”, ready for any car."
            )
        )
        self.button.clicked.connect(self.choose_folder)
        self.button.setEnabled(page.library is not None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.page, tr("Folder of sample models"), str(shipped_samples())
        )
        if folder:
            self.start(Path(folder))

    def start(self, folder: Path) -> None:
        page = self.page
        cancel = page._busy(tr("Importing sample models from {folder}…").format(folder=folder.name))
        self.button.setEnabled(False)
        page.ctx.background.run(
            import_sample_models,
            page.library,
            page.ctx.app.racers,
            folder,
            progress=lambda done, total, _name: page._progress(done, total),
            cancelled=cancel,
            done=self._done,
            failed=self._failed,
        )

    def _done(self, result: SampleImport) -> None:
        page = self.page
        page._idle()
        self.button.setEnabled(True)
        level = "warning" if result.refused else "ok"
        page.message.show_message(result.summary(), level, 0 if result.refused else None)
        page.search.clear()
        page.select_racer(result.owner.racer_id)

    def _failed(self, message: str) -> None:
        self.page._idle()
        self.button.setEnabled(True)
        self.page.message.error(message)
