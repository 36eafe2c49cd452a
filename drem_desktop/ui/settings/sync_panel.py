"""Settings → Sync: the cloud bucket (where, credentials, Test connection, Sync now), the laptops on this
LAN (paired ones, ones seen, *Pair a laptop*), and model transfers with progress and Cancel.

Every call to the sync service runs on the background helper (S3 and the network block); the screen only
shows what it returns and what the service publishes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.events import LaptopSeen, PeerStatusChanged, SyncStatusChanged, SyncTransferProgressed
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.widgets import Message, card


class SyncPanel(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = ctx.app.sync
        self._seen: dict[str, LaptopSeen] = {}
        self._peer_status: dict[str, PeerStatusChanged] = {}
        self._build()
        ctx.bridge.on(SyncStatusChanged, self._status, self)
        ctx.bridge.on(PeerStatusChanged, self._peer, self)
        ctx.bridge.on(LaptopSeen, self._laptop_seen, self)
        ctx.bridge.on(SyncTransferProgressed, self._transfer, self)
        self._pairing_timer = QTimer(self)
        self._pairing_timer.setInterval(1000)
        self._pairing_timer.timeout.connect(self._check_pairing)

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        self.bucket = QLineEdit()
        self.bucket.setPlaceholderText(tr("s3://my-club-bucket/deepracer"))
        self.region = QLineEdit()
        self.region.setPlaceholderText(tr("eu-west-1"))
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText(tr("empty for AWS S3; https://… for MinIO, R2, Ceph"))
        self.access_key = QLineEdit()
        self.access_key.setPlaceholderText(tr("empty: the AWS profile or environment"))
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key.setPlaceholderText(tr("kept in the system keyring"))
        self.poll = QSpinBox()
        self.poll.setRange(2, 3600)
        self.poll.setSuffix(" s")
        form = QFormLayout()
        form.addRow(tr("Bucket"), self.bucket)
        form.addRow(tr("Region"), self.region)
        form.addRow(tr("Endpoint URL"), self.endpoint)
        form.addRow(tr("Access key ID"), self.access_key)
        form.addRow(tr("Secret access key"), self.secret_key)
        form.addRow(tr("Look for changes every"), self.poll)
        self.bucket_status = QLabel(tr("Not syncing with a bucket."))
        self.bucket_status.setWordWrap(True)
        self.bucket_message = Message()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save_bucket)
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.join_button = QPushButton(tr("Join an event…"))
        self.join_button.setToolTip(
            tr("Get an event from the bucket, with all its runs, laps, racers and models")
        )
        self.join_button.clicked.connect(self.join_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        bw = QWidget()
        bl = QVBoxLayout(bw)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(form)
        bl.addLayout(buttons)
        bl.addWidget(self.bucket_message)
        bl.addWidget(self.bucket_status)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("Muted")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_transfer)
        pw = QWidget()
        pl = QVBoxLayout(pw)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.progress_label)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        pl.addLayout(prow)
        self.transfers = card(pw, title=tr("Model transfers"))
        self.transfers.setVisible(False)
        left = QVBoxLayout()
        left.addWidget(card(bw, title=tr("Cloud bucket")))
        left.addWidget(self.transfers)
        left.addStretch(1)
        outer.addLayout(left, 1)

        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("how the other laptops list this one"))
        self.name.editingFinished.connect(self._rename)
        self.paired = QListWidget()
        self.paired.setMaximumHeight(140)
        self.seen = QListWidget()
        self.seen.setMaximumHeight(140)
        self.forget_button = QPushButton(tr("Forget laptop"))
        self.forget_button.clicked.connect(self.forget_selected)
        self.pair_seen_button = QPushButton(tr("Pair with selected…"))
        self.pair_seen_button.clicked.connect(self.pair_selected)
        self.pair_address = QLineEdit()
        self.pair_address.setPlaceholderText("192.168.1.21:8080")
        self.pair_address_button = QPushButton(tr("Pair by address…"))
        self.pair_address_button.clicked.connect(self.pair_by_address)
        self.offer_button = QPushButton(tr("Pair a laptop"))
        self.offer_button.setObjectName("Primary")
        self.offer_button.clicked.connect(self.offer_pairing)
        self.code = QLabel("")
        self.code.setObjectName("PairingCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet("font-size: 30pt; font-weight: 800; letter-spacing: 6px;")
        self.code.setVisible(False)
        self.code_hint = QLabel("")
        self.code_hint.setWordWrap(True)
        self.code_hint.setObjectName("Muted")
        self.lan_message = Message()
        lw = QWidget()
        ll = QVBoxLayout(lw)
        ll.setContentsMargins(0, 0, 0, 0)
        nf = QFormLayout()
        nf.addRow(tr("This laptop"), self.name)
        ll.addLayout(nf)
        ll.addWidget(QLabel(tr("Paired laptops")))
        ll.addWidget(self.paired)
        row = QHBoxLayout()
        row.addWidget(self.forget_button)
        row.addStretch(1)
        ll.addLayout(row)
        ll.addWidget(QLabel(tr("Seen on this network")))
        ll.addWidget(self.seen)
        row2 = QHBoxLayout()
        row2.addWidget(self.pair_seen_button)
        row2.addStretch(1)
        ll.addLayout(row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.pair_address, 1)
        row3.addWidget(self.pair_address_button)
        ll.addLayout(row3)
        ll.addWidget(self.offer_button)
        ll.addWidget(self.code)
        ll.addWidget(self.code_hint)
        ll.addWidget(self.lan_message)
        ll.addStretch(1)
        outer.addWidget(card(lw, title=tr("Laptops on this LAN")), 1)

    # -- loading ------------------------------------------------------------------------------------
    def start(self) -> None:
        def load() -> dict[str, Any]:
            settings = self.sync.bucket_settings()
            creds = self.sync.credentials(settings) if settings else None
            return {
                "settings": settings,
                "access_key": creds.access_key_id if creds else "",
                "has_secret": bool(creds),
                "poll": self.sync.poll_s,
                "name": self.sync.laptop_name,
                "peers": self.sync.peers(),
            }

        self.ctx.background.run(load, done=self._loaded)
        self._status(self.sync.status)

    def _loaded(self, data: dict[str, Any]) -> None:
        settings = data["settings"]
        if settings is not None:
            self.bucket.setText(settings.url)
            self.region.setText(settings.region)
            self.endpoint.setText(settings.endpoint_url)
        self.access_key.setText(data["access_key"])
        if data["has_secret"]:
            self.secret_key.setPlaceholderText(tr("saved (type to replace)"))
        self.poll.setValue(int(data["poll"]))
        self.name.setText(data["name"])
        self._show_peers(data["peers"])
        for seen in self.sync.lan.seen.values():
            self._laptop_seen(seen)

    def _show_peers(self, peers: list[Any]) -> None:
        self.paired.clear()
        for p in peers:
            status = self._peer_status.get(p.laptop_id) or self.sync.lan.status.get(p.laptop_id)
            state = status.message if status else tr("not reached yet")
            item = QListWidgetItem(f"{p.name}  ({p.address}:{p.port})  ·  {state}")
            item.setData(Qt.ItemDataRole.UserRole, p.laptop_id)
            self.paired.addItem(item)

    def reload_peers(self) -> None:
        self.ctx.background.run(self.sync.peers, done=self._show_peers)

    # -- the bucket -----------------------------------------------------------------------------------
    def _form(self) -> tuple[Any, Any]:
        from drem_desktop.sync.bucket import BucketSettings, Credentials

        text = self.bucket.text().strip()
        if not text:
            return None, None
        if not text.startswith("s3://"):
            text = "s3://" + text
        settings = BucketSettings.from_url(
            text, region=self.region.text().strip(), endpoint_url=self.endpoint.text().strip()
        )
        key, secret = self.access_key.text().strip(), self.secret_key.text()
        credentials = Credentials(key, secret) if key and secret else None
        return settings, credentials

    def save_bucket(self) -> None:
        try:
            settings, credentials = self._form()
        except ValueError as exc:
            self.bucket_message.error(str(exc))
            return
        poll = self.poll.value()

        def save() -> str:
            self.sync.set_poll_s(poll)
            if settings is None:
                self.sync.set_bucket(None)
                return tr("No bucket: changes stay on this laptop and its paired laptops.")
            if credentials is not None:
                self.sync.save_credentials(settings, credentials)
            elif not self.access_key.text().strip():
                self.sync.save_credentials(settings, None)
            self.sync.set_bucket(settings)
            return tr("Saved. This laptop syncs with {url}.").format(url=settings.url)

        self.secret_key.clear()
        self.ctx.background.run(save, done=self.bucket_message.ok, failed=self.bucket_message.error)

    def test_connection(self) -> None:
        try:
            settings, credentials = self._form()
        except ValueError as exc:
            self.bucket_message.error(str(exc))
            return
        if settings is None:
            self.bucket_message.error(tr("Type the bucket first, e.g. s3://my-club-bucket/deepracer."))
            return
        def test() -> str:
            return str(self.sync.bucket(settings, credentials or self.sync.credentials(settings)).check())

        self._bucket_job(self.test_button, tr("Testing {url}…").format(url=settings.url), test)

    def _bucket_job(self, button: QPushButton, busy: str, job: Callable[[], str]) -> None:
        """Runs ``job`` off the UI thread with ``button`` held down, then shows its answer or its failure."""
        button.setEnabled(False)
        self.bucket_message.show_message(busy, "info")

        def passed(text: str) -> None:
            button.setEnabled(True)
            self.bucket_message.ok(text)

        def failed(text: str) -> None:
            button.setEnabled(True)
            self.bucket_message.error(text)

        self.ctx.background.run(job, done=passed, failed=failed)

    def sync_now(self) -> None:
        def run() -> str:
            report, differences = self.sync.sync_once()
            if report.refused:
                return tr("Refused: {first}").format(first=report.refused[0])
            if differences:
                return tr("Not in step yet: {first}").format(first=differences[0])
            return tr("In step with the bucket: {up} segment(s) sent, {down} received.").format(
                up=report.pushed_segments, down=report.pulled_segments
            )

        self._bucket_job(self.sync_button, tr("Syncing…"), run)

    def explain_joining(self) -> None:
        self.bucket_message.show_message(
            tr(
                "To join an event: type its bucket here and press Join an event…, or pair this laptop with "
                "one that has the event (right): it arrives by itself."
            ),
            "info",
            seconds=0,
        )

    def join_event(self) -> None:
        """Lists the events in the bucket, then joins the one picked (all of it, off the UI thread)."""
        try:
            settings, credentials = self._form()
        except ValueError as exc:
            self.bucket_message.error(str(exc))
            return
        if settings is None:
            self.bucket_message.error(tr("Type the bucket first, e.g. s3://my-club-bucket/deepracer."))
            return

        def listed() -> list[dict[str, Any]]:
            from drem_desktop.sync.bucket_sync import BucketSync

            bucket = self.sync.bucket(settings, credentials or self.sync.credentials(settings))
            return [
                e
                for e in BucketSync(self.sync.replica, bucket, self.sync.data_dir).events_in_bucket()
                if not e["deleted"]
            ]

        def pick(events: list[dict[str, Any]]) -> None:
            if not events:
                self.bucket_message.error(tr("No event in {url} yet.").format(url=settings.url))
                return
            labels = [f"{e['name'] or e['id']}  ({e['date']})" for e in events]
            choice, ok = QInputDialog.getItem(
                self, tr("Join an event"), tr("Event in the bucket:"), labels, 0, False
            )
            if not ok:
                return
            event_id = events[labels.index(choice)]["id"]
            self.bucket_message.show_message(tr("Joining {name}…").format(name=choice), "info")

            def join() -> str:
                bucket = self.sync.bucket(settings, credentials or self.sync.credentials(settings))
                _event, report = self.sync.join(event_id, bucket)
                if report.refused:
                    return tr("Joined, but refused: {first}").format(first=report.refused[0])
                return tr("Joined: {n} changes. Pick the event in the top bar.").format(
                    n=report.applied.changes
                )

            self.ctx.background.run(join, done=self.bucket_message.ok, failed=self.bucket_message.error)

        self.ctx.background.run(listed, done=pick, failed=self.bucket_message.error)

    def _status(self, e: SyncStatusChanged) -> None:
        self.bucket_status.setText(e.message)

    # -- model transfers ------------------------------------------------------------------------------
    def _transfer(self, e: SyncTransferProgressed) -> None:
        self.transfers.setVisible(not e.finished or bool(e.error))
        arrow = "↑" if e.direction == "up" else "↓"
        if e.error:
            self.progress_label.setText(f"{arrow} {e.name}: {e.error}")
        else:
            self.progress_label.setText(
                tr("{arrow} {name}: {done:.1f} / {total:.1f} MB").format(
                    arrow=arrow, name=e.name, done=e.done / 1e6, total=e.total / 1e6
                )
            )
        self.progress.setValue(int(1000 * e.done / e.total) if e.total else 1000)
        self.cancel_button.setEnabled(not e.finished)

    def cancel_transfer(self) -> None:
        self.sync.cancel_transfers()
        self.progress_label.setText(tr("Cancelled: the transfer resumes where it stopped at the next sync."))
        self.cancel_button.setEnabled(False)

    # -- the LAN --------------------------------------------------------------------------------------
    def _rename(self) -> None:
        name = self.name.text().strip()[:60]
        if name:
            self.ctx.background.run(self.sync.set_laptop_name, name)

    def _peer(self, e: PeerStatusChanged) -> None:
        self._peer_status[e.laptop_id] = e
        self.reload_peers()

    def _laptop_seen(self, e: LaptopSeen) -> None:
        self._seen[e.laptop_id] = e
        self.seen.clear()
        for s in sorted(self._seen.values(), key=lambda s: s.name):
            label = f"{s.name or tr('laptop')}  ({s.address}:{s.port})" + (
                "  · " + tr("paired") if s.paired else ""
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, s.laptop_id)
            self.seen.addItem(item)

    def offer_pairing(self) -> None:
        code = self.sync.offer_pairing()
        self.code.setText(f"{code[:3]} {code[3:]}")
        self.code.setVisible(True)
        urls = self.ctx.lan_urls
        where = urls[0].removeprefix("http://").rstrip("/") if urls else tr("this laptop's address")
        self.code_hint.setText(
            tr(
                "On the other laptop: Settings → Sync → pick this laptop and type this code "
                "(valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}"
            ).format(where=where, code=code)
        )
        self._pairing_timer.start()

    def _check_pairing(self) -> None:
        done = self.sync.lan.pairing_done()
        if done:
            self._pairing_timer.stop()
            self.code.setVisible(False)
            self.code_hint.setText("")
            self.lan_message.ok(tr("Paired: the two laptops now sync over the LAN."))
            self.reload_peers()

    def _ask_code(self, name: str) -> str | None:
        code, ok = QInputDialog.getText(
            self, tr("Pair a laptop"), tr("The 6-digit code {name} shows:").format(name=name)
        )
        return code if ok and code.strip() else None

    def pair_selected(self) -> None:
        item = self.seen.currentItem()
        if item is None:
            self.lan_message.error(tr("Select a laptop in the list of laptops seen on this network."))
            return
        seen = self._seen.get(item.data(Qt.ItemDataRole.UserRole))
        if seen is None:
            return
        code = self._ask_code(seen.name)
        if code:
            self.pair(seen.address, seen.port, code)

    def pair_by_address(self) -> None:
        host, _sep, port = self.pair_address.text().strip().rpartition(":")
        if not host or not port.isdigit():
            self.lan_message.error(
                tr("Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.")
            )
            return
        code = self._ask_code(host)
        if code:
            self.pair(host, int(port), code)

    def pair(self, address: str, port: int, code: str) -> None:
        lan = self.ctx.app.lan
        my_port = lan.port if lan is not None and lan.port else 0
        self.lan_message.show_message(tr("Pairing with {address}…").format(address=address), "info")

        def paired(peer: Any) -> None:
            self.lan_message.ok(tr("Paired with {name}: the two laptops now sync.").format(name=peer.name))
            self.reload_peers()

        self.ctx.background.run(
            self.sync.pair, address, port, code, my_port, done=paired, failed=self.lan_message.error
        )

    def forget_selected(self) -> None:
        item = self.paired.currentItem()
        if item is None:
            self.lan_message.error(tr("Select a paired laptop first."))
            return
        laptop = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.background.run(self.sync.forget_peer, laptop, done=lambda _r: self.reload_peers())
