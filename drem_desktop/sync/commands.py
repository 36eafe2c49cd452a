"""The command line's sync commands: ``sync``, ``join-event`` and ``pair`` (cli.py registers them)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from drem_desktop.i18n import _
from drem_desktop.sync.config import BucketSettings
from drem_desktop.sync.errors import BucketError

if TYPE_CHECKING:
    from drem_desktop.sync.bucket_sync import Report


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    bucket = argparse.ArgumentParser(add_help=False)
    bucket.add_argument("--bucket", help=_("s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)"))
    bucket.add_argument("--endpoint-url", default=None, help=_("an S3-compatible endpoint (MinIO, R2, Ceph)"))
    bucket.add_argument("--region", default=None, help=_("the bucket's region"))
    bucket.add_argument("--profile", default=None, help=_("a named AWS profile for the credentials"))

    sync = sub.add_parser(
        "sync",
        parents=[common, bucket],
        help=_("sync this laptop's events with the bucket (push, then pull)"),
    )
    sync.add_argument(
        "--once",
        action="store_true",
        help=_("one push and pull; exit 0 when the bucket and this laptop agree"),
    )
    sync.add_argument("--event", help=_("only this event (id or exact name)"))
    sync.add_argument("--no-models", action="store_true", help=_("changes only, no model files"))
    sync.add_argument(
        "--save", action="store_true", help=_("remember --bucket and its options as this laptop's")
    )

    join = sub.add_parser(
        "join-event",
        parents=[common, bucket],
        help=_("get an event with all its runs, laps, racers and models from the bucket or a paired laptop"),
    )
    join.add_argument("--event", required=True, help=_("event id or exact name"))
    join.add_argument(
        "--peer", help=_("HOST:PORT of a laptop to pair with and join from, instead of the bucket")
    )
    join.add_argument("--code", help=_("the 6-digit code that laptop shows (with --peer)"))

    pair = sub.add_parser("pair", parents=[common], help=_("pair with another laptop for LAN sync"))
    pair.add_argument("peer", nargs="?", help=_("HOST:PORT of the laptop showing a code"))
    pair.add_argument("code", nargs="?", help=_("the 6-digit code it shows"))
    pair.add_argument("--list", action="store_true", help=_("list the paired laptops"))
    pair.add_argument("--forget", metavar="LAPTOP_ID", help=_("unpair a laptop"))


def _settings(app: Any, args: argparse.Namespace) -> BucketSettings:
    saved = app.sync.bucket_settings()
    if args.bucket:
        settings = BucketSettings.from_url(args.bucket)
        if saved is not None and saved.bucket == settings.bucket:
            settings = settings.with_changes(
                region=saved.region, endpoint_url=saved.endpoint_url, profile=saved.profile
            )
    elif saved is not None:
        settings = saved
    else:
        raise BucketError(
            "missing", _("No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.")
        )
    changes = {
        k: v
        for k, v in (("endpoint_url", args.endpoint_url), ("region", args.region), ("profile", args.profile))
        if v is not None
    }
    return settings.with_changes(**changes) if changes else settings


def _summary(report: Report) -> str:
    parts = [
        _("pushed {n} segment(s) ({kb} kB)").format(n=report.pushed_segments, kb=report.pushed_bytes // 1024),
        _("pulled {n} ({kb} kB)").format(n=report.pulled_segments, kb=report.pulled_bytes // 1024),
        _("{n} change(s) applied").format(n=report.applied.changes),
    ]
    if report.models_up or report.models_down:
        parts.append(_("models: {up} up, {down} down").format(up=report.models_up, down=report.models_down))
    return ", ".join(parts)


def cmd_sync(app: Any, args: argparse.Namespace) -> int:
    settings = _settings(app, args)
    bucket = app.sync.bucket(settings)
    if args.save:
        app.sync.set_bucket(settings)
    event_ids = [app.events.find(args.event).event_id] if args.event else None
    if not args.once:
        return _keep_syncing(app, settings)
    report, differences = app.sync.sync_once(bucket, models=not args.no_models, event_ids=event_ids)
    print(_("Synced with {url}: {summary}.").format(url=settings.url, summary=_summary(report)))
    for refused in report.refused:
        print(_("refused: {segment}").format(segment=refused), file=sys.stderr)
    for problem in report.model_problems:
        print(problem, file=sys.stderr)
    if differences:
        for d in differences:
            print(_("differs: {what}").format(what=d), file=sys.stderr)
        print(
            _("The bucket and this laptop do not agree yet: run sync again, or see the refusals above."),
            file=sys.stderr,
        )
        return 3
    print(_("The bucket and this laptop agree."))
    return 0


def _keep_syncing(app: Any, settings: BucketSettings) -> int:
    from drem_desktop.events import SyncStatusChanged

    stop = threading.Event()
    app.sync.set_bucket(settings)
    app.bus.subscribe(SyncStatusChanged, lambda s: print(f"sync: {s.message}", flush=True))
    app.sync.start()
    app.sync.wake()
    previous = {sig: signal.signal(sig, lambda *_a: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        stop.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _host_port(text: str) -> tuple[str, int]:
    host, _sep, port = text.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(
            _("“{text}” is not HOST:PORT (the address the other laptop shows).").format(text=text)
        )
    return host, int(port)


def cmd_join(app: Any, args: argparse.Namespace) -> int:
    if args.peer:
        return _join_from_peer(app, args)
    settings = _settings(app, args)
    bucket = app.sync.bucket(settings)
    event_id, report = app.sync.join(args.event, bucket)
    for refused in report.refused:
        print(_("refused: {segment}").format(segment=refused), file=sys.stderr)
    try:
        event = app.events.get(event_id)
    except Exception:
        print(_("error: nothing of the event could be applied (see the refusals above)."), file=sys.stderr)
        return 1
    if app.current_event_id is None:
        app.current_event_id = event_id
    print(
        _("Joined “{name}” ({id}) from {url}: {summary}.").format(
            name=event.name, id=event_id, url=settings.url, summary=_summary(report)
        )
    )
    return 3 if report.refused else 0


def _join_from_peer(app: Any, args: argparse.Namespace) -> int:
    import time

    host, port = _host_port(args.peer)
    lan = app.start_lan(0)
    if app.sync.lan.peers.get(_peer_id(host, port) or "") is None:
        if not args.code:
            raise ValueError(
                _("Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.")
            )
        peer = app.sync.pair(host, port, args.code, my_port=lan.port or 0)
    else:
        peer = app.sync.lan.peers.get(_peer_id(host, port) or "")
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        _n, more = app.sync.loop.submit(app.sync.lan.pull_once(peer)).result(120)
        if not more:
            break
    try:
        event = app.events.find(args.event)
    except Exception:
        print(
            _("error: {peer} holds no event “{event}”.").format(peer=args.peer, event=args.event),
            file=sys.stderr,
        )
        return 1
    app.sync.loop.submit(app.sync.lan.pull_models(peer)).result(3600)
    if app.current_event_id is None:
        app.current_event_id = event.event_id
    print(_("Joined “{name}” ({id}) from {peer}.").format(name=event.name, id=event.event_id, peer=peer.name))
    return 0


def _peer_id(host: str, port: int) -> str | None:
    import json
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://{host}:{port}/sync/v1/hello", timeout=10) as r:
            return str(json.loads(r.read()).get("laptop", "")) or None
    except (OSError, ValueError):
        return None


def cmd_pair(app: Any, args: argparse.Namespace) -> int:
    if args.forget:
        app.sync.forget_peer(args.forget)
        print(_("Unpaired {id}.").format(id=args.forget))
        return 0
    if args.list or not args.peer:
        peers = app.sync.peers()
        if not peers:
            print(_("No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE"))
        for p in peers:
            print(f"{p.laptop_id}  {p.name:24} {p.address}:{p.port}  {p.last_sync or '-'}")
        return 0
    if not args.code:
        raise ValueError(_("Give the 6-digit code the other laptop shows."))
    host, port = _host_port(args.peer)
    lan = app.start_lan(0)
    peer = app.sync.pair(host, port, args.code, my_port=lan.port or 0)
    print(
        _("Paired with {name} ({id}): the two laptops now sync over the LAN.").format(
            name=peer.name, id=peer.laptop_id
        )
    )
    return 0
