"""Sync through a real S3 endpoint (moto server on loopback): push, pull, join, models, idempotence."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.models.sample import write_sample_model
from drem_desktop.sync.bucket import Bucket, BucketSettings, Credentials
from drem_desktop.sync.service import SyncService

from .test_merge import rows, timed_run

Laptops = Callable[..., App]


def service(app: App) -> SyncService:
    return SyncService(app.db, app.bus, app.service_loop, app.paths.root)


def bucket_for(moto: Any, name: str, *, url: str | None = None, prefix: str = "club") -> Bucket:
    settings = BucketSettings(name, prefix=prefix, region="us-east-1", endpoint_url=url or moto.url)
    return Bucket(settings, Credentials(moto.keys.access_key_id, moto.keys.secret_access_key))


def board(app: App, event_id: str, track: str = "combined") -> str:
    return json.dumps([r.to_json() for r in app.leaderboards.rows(event_id, track, "fastest")], default=str)


def test_an_event_goes_up_and_a_fresh_laptop_joins_it(laptops: Laptops, moto: Any, s3_bucket: str) -> None:
    a, fresh = laptops("a"), laptops("fresh")
    event = a.events.create("Bucket Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 2)
    ann, bob = a.racers.add("ann"), a.racers.add("bob")
    timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 8_800])
    timed_run(a, event.event_id, event.tracks[1].track_id, bob.racer_id, [9_900])
    bucket = bucket_for(moto, s3_bucket)
    report, differences = service(a).sync_once(bucket)
    assert report.pushed_segments >= 1 and differences == []
    keys = [o["Key"] for o in moto.s3().list_objects_v2(Bucket=s3_bucket)["Contents"]]
    assert f"club/events/{event.event_id}/event.json" in keys
    assert any(k.startswith(f"club/events/{event.event_id}/changes/{a.db.laptop_id}/") for k in keys)
    # a fresh laptop joins by name and holds the same event
    joined, _report = service(fresh).join("Bucket Cup", bucket_for(moto, s3_bucket))
    assert joined == event.event_id
    for track in ("combined", "1", "2"):
        assert board(fresh, event.event_id, track) == board(a, event.event_id, track)
    for table in ("event", "track", "racer", "run", "lap"):
        assert rows(fresh, table) == rows(a, table), table
    # idempotence: syncing again sends and changes nothing
    before = rows(fresh, "lap")
    again, differences = service(fresh).sync_once(bucket_for(moto, s3_bucket))
    assert again.pushed_segments == 0 and not again.applied.anything and differences == []
    again_a, _d = service(a).sync_once(bucket)
    assert again_a.pushed_segments == 0 and not again_a.applied.anything
    assert rows(fresh, "lap") == before


def test_three_laptops_meet_in_the_bucket(laptops: Laptops, moto: Any, s3_bucket: str) -> None:
    a, b, c = laptops("a"), laptops("b", skew_ms=-300_000), laptops("c", skew_ms=420_000)
    event = a.events.create("Three Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 3)
    service(a).sync_once(bucket_for(moto, s3_bucket))
    for app in (b, c):
        service(app).join(event.event_id, bucket_for(moto, s3_bucket))
    for i, app in enumerate((a, b, c)):
        racer = app.racers.add(f"r{i}")
        timed_run(app, event.event_id, event.tracks[i].track_id, racer.racer_id, [9_000 + i * 100, 8_000 + i])
    for _round in range(2):
        for app in (a, b, c):
            service(app).sync_once(bucket_for(moto, s3_bucket))
    assert board(a, event.event_id) == board(b, event.event_id) == board(c, event.event_id)
    assert len(a.leaderboards.rows(event.event_id, "combined", "fastest")) == 3
    for app in (a, b, c):
        _report, differences = service(app).sync_once(bucket_for(moto, s3_bucket))
        assert differences == []


def test_changes_relayed_from_the_lan_reach_the_bucket(laptops: Laptops, moto: Any, s3_bucket: str) -> None:
    """A laptop that never goes online still reaches the bucket through its LAN peer."""
    from .exchange import pull

    offline, online, fresh = laptops("offline"), laptops("online"), laptops("fresh")
    event = offline.events.create("Relay Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = offline.racers.add("ann")
    timed_run(offline, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000])
    pull(online, offline)  # over the LAN
    service(online).sync_once(bucket_for(moto, s3_bucket))
    service(fresh).join("Relay Cup", bucket_for(moto, s3_bucket))
    assert board(fresh, event.event_id) == board(offline, event.event_id)


def test_models_go_up_by_fingerprint_and_come_down_checked(
    laptops: Laptops, moto: Any, s3_bucket: str, tmp_path: Path
) -> None:
    a, b = laptops("a"), laptops("b")
    event = a.events.create("Model Cup", "2026-11-24", RaceConfig(), 1)
    ann = a.racers.add("ann")
    sample = write_sample_model(tmp_path / "fast-one.tar.gz", pb_size=20 * 1024 * 1024)  # three parts
    intake = a.models.import_file(sample, ann.racer_id)
    assert intake.model is not None
    seen: list[tuple[str, int, int]] = []
    svc = service(a)
    from drem_desktop.events import SyncTransferProgressed

    a.bus.subscribe(SyncTransferProgressed, lambda e: seen.append((e.direction, e.done, e.total)))
    report, _d = svc.sync_once(bucket_for(moto, s3_bucket))
    assert report.models_up == 1 and seen[-1][1] == seen[-1][2] == sample.stat().st_size
    head = moto.s3().head_object(Bucket=s3_bucket, Key=f"club/models/{intake.model.md5}.tar.gz")
    assert head["ETag"].strip('"').endswith("-3")  # multipart, 8 MiB parts
    service(b).join(event.event_id, bucket_for(moto, s3_bucket))
    model = b.models.models(every_racer=True)[0]
    assert model.md5 == intake.model.md5
    assert (b.paths.root / model.file_path).read_bytes() == (
        a.paths.root / intake.model.file_path
    ).read_bytes()
    again, _d = service(b).sync_once(bucket_for(moto, s3_bucket))
    assert again.models_up == again.models_down == 0


def test_the_background_sync_carries_a_lap_and_says_how_it_is(
    laptops: Laptops, moto: Any, s3_bucket: str
) -> None:
    """The service loop (as the window and serve run it): a quick push after a change, a full sync
    every poll interval; its status goes from waiting to synced; an unreachable bucket says offline."""
    from drem_desktop.events import SyncStatusChanged

    from .test_lan import wait_for

    a, b = laptops("a"), laptops("b")
    event = a.events.create("Loop Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    settings = BucketSettings(s3_bucket, prefix="loop", region="us-east-1", endpoint_url=moto.url)
    keys = Credentials(moto.keys.access_key_id, moto.keys.secret_access_key)
    states: list[str] = []
    a.bus.subscribe(SyncStatusChanged, lambda s: states.append(s.state))
    for app in (a, b):
        app.db.set_setting("sync.poll_s", 1.0)
        app.sync.save_credentials(settings, keys)
        app.sync.set_bucket(settings)
    a.sync.sync_once(models=False)
    b.sync.join(event.event_id)
    a.sync.start()
    b.sync.start()
    ann = a.racers.add("ann")
    timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_300])
    wait_for(lambda: "9300" in board(b, event.event_id), timeout=30, what="the lap on b by the bucket")
    wait_for(lambda: a.sync.status.state == "synced", timeout=30, what="a synced")
    assert "synced" in states
    a.sync.set_bucket(settings.with_changes(endpoint_url="http://127.0.0.1:9"))  # nothing listens there
    wait_for(lambda: a.sync.status.state == "offline", timeout=30, what="offline")
    assert "Cannot reach the bucket" in a.sync.status.message
    a.sync.stop()
    b.sync.stop()


def test_a_gap_closed_later_leaves_the_laptop_agreeing(laptops: Laptops, moto: Any, s3_bucket: str) -> None:
    """b takes a later segment of a's before the earlier one is there (it waits, nothing is lost); once the
    earlier one arrives b holds everything, says so, and the two laptops agree."""
    a, b = laptops("a"), laptops("b")
    event = a.events.create("Gap Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    track = event.tracks[0].track_id
    timed_run(a, event.event_id, track, a.racers.add("ann").racer_id, [9_000])
    s3 = moto.s3()
    service(a).sync_once(bucket_for(moto, s3_bucket))
    prefix = f"club/events/{event.event_id}/changes/{a.db.laptop_id}/"
    (early,) = [o["Key"] for o in s3.list_objects_v2(Bucket=s3_bucket, Prefix=prefix)["Contents"]]
    timed_run(a, event.event_id, track, a.racers.add("bob").racer_id, [8_500])
    service(a).sync_once(bucket_for(moto, s3_bucket))
    held = s3.get_object(Bucket=s3_bucket, Key=early)["Body"].read()
    s3.delete_object(Bucket=s3_bucket, Key=early)  # as if it were not written yet
    b.sync.replica.join(event.event_id)
    service(b).sync_once(bucket_for(moto, s3_bucket), models=False)
    assert rows(b, "lap") == []  # the later laps wait for their run's event
    s3.put_object(Bucket=s3_bucket, Key=early, Body=held)
    _report, differences = service(b).sync_once(bucket_for(moto, s3_bucket), models=False)
    assert differences == []
    assert board(b, event.event_id) == board(a, event.event_id) and "8500" in board(b, event.event_id)
    assert service(b).sync_once(bucket_for(moto, s3_bucket), models=False)[1] == []
