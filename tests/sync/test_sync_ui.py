"""Settings → Sync and the top bar's chip, real widgets offscreen against a real S3 endpoint (moto)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import PeerStatusChanged, SyncStatusChanged, SyncTransferProgressed
from drem_desktop.ui.main import build_window

Laptops = Callable[..., App]


def settle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.background.pending == 0, timeout=15_000)
    QApplication.processEvents()


def test_the_sync_tab_saves_tests_and_syncs_with_a_bucket(
    qtbot: Any, laptops: Laptops, moto: Any, s3_bucket: str
) -> None:
    app = laptops("a")
    app.events.create("UI Cup", "2026-11-24", RaceConfig(), 1)
    window, ctx = build_window(app)
    qtbot.addWidget(window)
    window.show()
    window.start()
    settle(qtbot, ctx)
    assert window.sync_chip.text() == "● Sync off"
    window.sync_chip.click()  # the chip opens Settings → Sync
    settings = window.page("settings")
    panel = settings.sync_panel
    assert settings.tabs.currentWidget() is panel
    settle(qtbot, ctx)
    panel.bucket.setText(f"s3://{s3_bucket}/ui")
    panel.region.setText("us-east-1")
    panel.endpoint.setText(moto.url)
    panel.access_key.setText(moto.keys.access_key_id)
    panel.secret_key.setText("not-the-secret")
    panel.test_button.click()
    qtbot.waitUntil(lambda: "refused these credentials" in panel.bucket_message.text(), timeout=30_000)
    panel.secret_key.setText(moto.keys.secret_access_key)
    panel.test_button.click()
    qtbot.waitUntil(lambda: "can read and write" in panel.bucket_message.text(), timeout=30_000)
    panel.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in panel.bucket_message.text(), timeout=15_000)
    assert panel.secret_key.text() == ""  # not left on screen; kept in the secret store
    assert app.sync.credentials(app.sync.bucket_settings()).secret_access_key == moto.keys.secret_access_key  # type: ignore[union-attr]
    panel.sync_button.click()
    qtbot.waitUntil(lambda: "In step with the bucket" in panel.bucket_message.text(), timeout=60_000)
    listed = moto.s3().list_objects_v2(Bucket=s3_bucket, Prefix="ui/events/")
    assert listed.get("KeyCount", 0) >= 2
    window.close()
    ctx.close()


def test_the_chip_and_the_transfer_card_follow_the_sync(qtbot: Any, laptops: Laptops) -> None:
    app = laptops("a")
    window, ctx = build_window(app)
    qtbot.addWidget(window)
    window.show()
    window.start()
    settle(qtbot, ctx)
    chip = window.sync_chip
    app.bus.publish(SyncStatusChanged("waiting", 3, "3 change(s) waiting to go to the bucket."))
    qtbot.waitUntil(lambda: chip.text() == "● 3 changes waiting")
    assert "waiting to go" in chip.toolTip()
    app.bus.publish(
        PeerStatusChanged(
            "5f1c2a9e-0b7d-4c11-9d3e-6a2f8b4e7c10", "Track 2", "offline", "Track 2 is not reachable."
        )
    )
    qtbot.waitUntil(lambda: chip.text() == "● 3 changes waiting · 0/1 laptops")
    app.bus.publish(SyncStatusChanged("offline", 3, "Cannot reach the bucket: offline."))
    qtbot.waitUntil(lambda: chip.text().startswith("● Bucket offline"))
    assert chip.property("state") == "offline"
    window.show_sync()
    panel = window.page("settings").sync_panel
    app.bus.publish(SyncTransferProgressed("up", "apex-fast", 8 << 20, 20 << 20))
    qtbot.waitUntil(lambda: panel.transfers.isVisible() and panel.progress.value() == 400)
    cancelled: list[bool] = []
    app.sync.cancel_transfers = lambda: cancelled.append(True)  # type: ignore[method-assign]
    panel.cancel_button.click()
    assert cancelled == [True] and "resumes where it stopped" in panel.progress_label.text()
    panel.offer_button.click()
    code = panel.code.text().replace(" ", "")
    assert len(code) == 6 and code.isdigit() and code in panel.code_hint.text()
    window.close()
    ctx.close()


def test_a_new_laptop_joins_an_event_from_its_first_run_setup(
    qtbot: Any, laptops: Laptops, moto: Any, s3_bucket: str, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from drem_desktop.sync.config import BucketSettings, Credentials

    source = laptops("source")
    event = source.events.create("Join Cup", "2026-11-24", RaceConfig(), 1)
    settings = BucketSettings(s3_bucket, prefix="join", region="us-east-1", endpoint_url=moto.url)
    keys = Credentials(moto.keys.access_key_id, moto.keys.secret_access_key)
    source.sync.sync_once(source.sync.bucket(settings, keys))
    fresh = laptops("fresh")
    window, ctx = build_window(fresh)
    qtbot.addWidget(window)
    window.offer_first_run = True
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible(), timeout=15_000)
    window.first_run.event_step.join.click()  # "Join an event from a bucket or a paired laptop…"
    panel = window.page("settings").sync_panel
    qtbot.waitUntil(lambda: panel.isVisible() and "To join an event" in panel.bucket_message.text())
    panel.bucket.setText(f"s3://{s3_bucket}/join")
    panel.region.setText("us-east-1")
    panel.endpoint.setText(moto.url)
    panel.access_key.setText(keys.access_key_id)
    panel.secret_key.setText(keys.secret_access_key)
    offered: list[list[str]] = []

    def choose(_parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> tuple[str, bool]:
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    panel.join_button.click()
    qtbot.waitUntil(lambda: "Joined" in panel.bucket_message.text(), timeout=60_000)
    assert offered and "Join Cup" in offered[0][0]
    assert [e.event_id for e in fresh.events.list()] == [event.event_id]
    window.close()
    ctx.close()
