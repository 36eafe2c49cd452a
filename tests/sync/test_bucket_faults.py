"""Faults between a laptop and the bucket: each gives a clear message, nothing is half-applied, and the
next sync converges. Faults are injected by a loopback proxy the test controls (tests/sync/faultproxy.py)
in front of a real S3 endpoint (moto server), or made in the bucket itself."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.models.sample import write_sample_model
from drem_desktop.sync.bucket import Bucket, BucketError, BucketSettings, Credentials

from .s3server import MotoServer
from .test_bucket import board, bucket_for, service
from .test_merge import rows, timed_run

Laptops = Callable[..., App]

# (fault action, its settings, the words the error must say, the error's kind)
FAULTS = {
    "reset mid-upload": (dict(action="reset"), "offline"),
    "503 SlowDown": (dict(action="http", status=503, code="SlowDown"), "throttled"),
    "500 InternalError": (dict(action="http", status=500, code="InternalError"), "server"),
    "dropped connection": (dict(action="drop"), "offline"),
    "answer cut short": (dict(action="truncate"), "offline"),
}
WORDS = {
    "offline": "Cannot reach the bucket",
    "throttled": "slow down",
    "server": "endpoint had an error",
}
ATTEMPTS = 6  # more than boto3 tries a request (it retries): a fault that outlasts them reaches the person


@pytest.fixture
def timed(laptops: Laptops) -> tuple[App, str]:
    a = laptops("a")
    event = a.events.create("Fault Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann")
    timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 8_700, 9_100])
    return a, event.event_id


def _segments(moto: Any, bucket: str) -> list[str]:
    listed = moto.s3().list_objects_v2(Bucket=bucket, Prefix="club/events/")
    return [o["Key"] for o in listed.get("Contents", []) if "/changes/" in o["Key"]]


@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_a_failed_push_leaves_no_half_segment_and_the_next_sync_converges(
    timed: tuple[App, str], laptops: Laptops, moto: Any, s3_bucket: str, proxy: Any, fault: str
) -> None:
    a, event_id = timed
    settings, kind = FAULTS[fault]
    if fault == "answer cut short":
        proxy.fail(times=ATTEMPTS, method="GET", path="list-type=2", **settings)
    else:
        proxy.fail(times=ATTEMPTS, method="PUT", path="/changes/", **settings)
    with pytest.raises(BucketError) as failed:
        service(a).sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
    assert failed.value.kind == kind and WORDS[kind].lower() in str(failed.value).lower()
    assert proxy.injected >= 3  # boto3 tried again before giving up
    assert _segments(moto, s3_bucket) == []  # nothing half-written
    proxy.clear()
    _report, differences = service(a).sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
    assert differences == []
    fresh = laptops("fresh")
    service(fresh).join("Fault Cup", bucket_for(moto, s3_bucket))
    assert board(fresh, event_id) == board(a, event_id)


@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_a_failed_pull_applies_nothing_and_the_next_pull_converges(
    timed: tuple[App, str], laptops: Laptops, moto: Any, s3_bucket: str, proxy: Any, fault: str
) -> None:
    a, event_id = timed
    service(a).sync_once(bucket_for(moto, s3_bucket))
    b = laptops("b")
    service(b).join(event_id, bucket_for(moto, s3_bucket))  # b has the event; now a times more
    bob = a.racers.add("bob")
    timed_run(a, event_id, a.events.get(event_id).tracks[0].track_id, bob.racer_id, [7_700])
    service(a).sync_once(bucket_for(moto, s3_bucket))
    settings, kind = FAULTS[fault]
    proxy.fail(times=ATTEMPTS, method="GET", path=f"/changes/{a.db.laptop_id}/0", **settings)
    before = (rows(b, "racer"), rows(b, "run"), rows(b, "lap"))
    with pytest.raises(BucketError) as failed:
        service(b).sync_once(bucket_for(moto, s3_bucket, url=proxy.url), models=False)
    assert failed.value.kind == kind and WORDS[kind].lower() in str(failed.value).lower()
    assert proxy.injected >= 1
    assert (rows(b, "racer"), rows(b, "run"), rows(b, "lap")) == before  # nothing half-applied
    proxy.clear()
    _report, differences = service(b).sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
    assert differences == []
    assert board(b, event_id) == board(a, event_id) and "7700" in board(b, event_id)


def test_the_endpoint_down_then_back(timed: tuple[App, str], moto: Any, s3_bucket: str, proxy: Any) -> None:
    a, _event_id = timed
    proxy.down = True
    for _attempt in range(3):
        with pytest.raises(BucketError, match="Cannot reach the bucket") as failed:
            service(a).sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
        assert failed.value.kind == "offline"
    assert proxy.injected >= 3
    proxy.clear()
    assert service(a).sync_once(bucket_for(moto, s3_bucket, url=proxy.url))[1] == []


def test_wrong_credentials_and_a_missing_bucket_say_what_to_do(
    timed: tuple[App, str], moto: Any, s3_bucket: str
) -> None:
    a, _event_id = timed
    settings = BucketSettings(s3_bucket, prefix="club", region="us-east-1", endpoint_url=moto.url)
    wrong_secret = Bucket(settings, Credentials(moto.keys.access_key_id, "not-the-secret"))
    with pytest.raises(BucketError, match="refused these credentials") as failed:
        service(a).sync_once(wrong_secret)
    assert failed.value.kind == "auth"
    unknown_key = Bucket(settings, Credentials("AKIAUNKNOWNKEY000000", "x"))
    with pytest.raises(BucketError, match="check the access key") as failed:
        unknown_key.check()
    assert failed.value.kind == "auth"
    missing = Bucket(
        settings.with_changes(bucket="drem-no-such-bucket"),
        Credentials(moto.keys.access_key_id, moto.keys.secret_access_key),
    )
    with pytest.raises(BucketError, match="does not exist") as failed:
        service(a).sync_once(missing)
    assert failed.value.kind == "missing"
    assert _segments(moto, s3_bucket) == []
    assert "can read and write" in bucket_for(moto, s3_bucket).check()


def test_an_endpoint_restarted_empty_is_filled_again(timed: tuple[App, str], laptops: Laptops) -> None:
    a, event_id = timed
    server = MotoServer().start()
    try:
        server.s3().create_bucket(Bucket="drem-restart")  # type: ignore[attr-defined]
        assert service(a).sync_once(bucket_for(server, "drem-restart"))[1] == []
        server.restart()  # everything it held is gone, its keys too
        with pytest.raises(BucketError) as failed:
            service(a).sync_once(bucket_for(server, "drem-restart"))
        assert failed.value.kind in ("missing", "auth")
        server.s3().create_bucket(Bucket="drem-restart")  # type: ignore[attr-defined]
        report, differences = service(a).sync_once(bucket_for(server, "drem-restart"))
        assert report.pushed_segments >= 1 and differences == []
        fresh = laptops("fresh")
        service(fresh).join(event_id, bucket_for(server, "drem-restart"))
        assert board(fresh, event_id) == board(a, event_id)
    finally:
        server.stop()


def _damage(moto: Any, bucket: str, key: str, how: str) -> None:
    s3 = moto.s3()
    blob = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    if how == "truncated":
        damaged = blob[: len(blob) // 2]
    elif how == "corrupted":
        damaged = blob[:30] + bytes(b ^ 0x5A for b in blob[30:60]) + blob[60:]
    else:  # a valid gzip whose lap is not a lap
        lines = gzip.decompress(blob).decode().splitlines()
        changed = []
        for line in lines:
            item = json.loads(line)
            if item.get("table") == "lap":
                item["fields"]["time_ms"] = -5
            changed.append(json.dumps(item))
        damaged = gzip.compress(("\n".join(changed) + "\n").encode())
    s3.put_object(Bucket=bucket, Key=key, Body=damaged)


@pytest.mark.parametrize("how", ["truncated", "corrupted", "invalid lap"])
def test_a_damaged_segment_is_refused_by_name_blocks_no_other_and_is_repaired(
    timed: tuple[App, str], laptops: Laptops, moto: Any, s3_bucket: str, how: str
) -> None:
    a, event_id = timed
    c = laptops("c")
    service(a).sync_once(bucket_for(moto, s3_bucket))
    service(c).join(event_id, bucket_for(moto, s3_bucket))
    cy = c.racers.add("cy")
    timed_run(c, event_id, c.events.get(event_id).tracks[0].track_id, cy.racer_id, [6_600])
    service(c).sync_once(bucket_for(moto, s3_bucket))
    bad = next(k for k in _segments(moto, s3_bucket) if f"/changes/{a.db.laptop_id}/" in k)
    _damage(moto, s3_bucket, bad, how)
    b = laptops("b")
    _event, report = service(b).join("Fault Cup", bucket_for(moto, s3_bucket))
    assert [r.split(":")[0] for r in report.refused] == [bad]  # named, with its reason
    assert rows(b, "event") == [] and rows(b, "lap") == []  # nothing of the refused segment
    assert [r[0] for r in rows(b, "racer")] == ["cy"]  # but c's segment was not blocked by it
    report, differences = service(b).sync_once(bucket_for(moto, s3_bucket))  # the joined event
    assert [r.split(":")[0] for r in report.refused] == [bad] and differences  # not agreed yet
    service(a).sync_once(bucket_for(moto, s3_bucket))  # a holds those changes: it writes the copy again
    report, differences = service(b).sync_once(bucket_for(moto, s3_bucket))
    assert report.refused == [] and differences == []
    assert board(b, event_id) == board(a, event_id) == board(c, event_id)


def test_a_model_upload_cut_mid_way_resumes_from_its_last_part(
    timed: tuple[App, str], laptops: Laptops, moto: Any, s3_bucket: str, proxy: Any, tmp_path: Path
) -> None:
    a, event_id = timed
    ann = a.racers.list()[0]
    sample = write_sample_model(tmp_path / "big.tar.gz", pb_size=30 * 1024 * 1024)  # four parts
    model = a.models.import_file(sample, ann.racer_id).model
    assert model is not None
    svc = service(a)
    # parts 1 and 2 go through; part 3 is cut mid-upload on every try
    proxy.fail(times=ATTEMPTS, method="PUT", path="partNumber=3", action="reset")
    with pytest.raises(BucketError, match="Cannot reach"):
        svc.sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
    state = a.paths.root / "sync" / "uploads" / f"{model.md5}.json"
    assert len(json.loads(state.read_text())["parts"]) == 2
    proxy.clear()
    sent_before = proxy.requests
    report, _d = svc.sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
    assert report.models_up == 1 and not state.exists()
    assert proxy.requests - sent_before < 12  # parts 3 and 4 and the bookkeeping, not the whole file again
    b = laptops("b")
    proxy.fail(times=ATTEMPTS, method="GET", path=f"models/{model.md5}", action="truncate")
    with pytest.raises(BucketError):
        service(b).join(event_id, bucket_for(moto, s3_bucket, url=proxy.url))
    assert b.models.models(every_racer=True)[0].md5 == model.md5  # the row is there, the file is not yet
    proxy.clear()
    service(b).sync_once(bucket_for(moto, s3_bucket, url=proxy.url))
    got = b.paths.root / b.models.models(every_racer=True)[0].file_path
    assert got.read_bytes() == sample.read_bytes()


def test_a_model_that_does_not_match_its_fingerprint_is_not_kept(
    timed: tuple[App, str], laptops: Laptops, moto: Any, s3_bucket: str, tmp_path: Path
) -> None:
    a, event_id = timed
    model = a.models.import_file(
        write_sample_model(tmp_path / "m.tar.gz", seed=3), a.racers.list()[0].racer_id
    ).model
    assert model is not None
    service(a).sync_once(bucket_for(moto, s3_bucket))
    other = write_sample_model(tmp_path / "other.tar.gz", seed=4)  # someone swaps the file in the bucket
    moto.s3().put_object(Bucket=s3_bucket, Key=f"club/models/{model.md5}.tar.gz", Body=other.read_bytes())
    b = laptops("b")
    service(b).join(event_id, bucket_for(moto, s3_bucket))
    report, _d = service(b).sync_once(bucket_for(moto, s3_bucket))
    assert report.models_down == 0 and "not the model its name says" in report.model_problems[0]
    assert not (b.paths.root / model.file_path).exists()


def test_the_running_sync_fills_an_endpoint_restarted_empty_again(
    timed: tuple[App, str], laptops: Laptops
) -> None:
    """The window's and serve's sync keeps what it last saw of the bucket between runs; an endpoint that
    comes back empty (or a wiped prefix) must still get every change again on the next full sync."""
    a, event_id = timed
    server = MotoServer().start()
    try:
        server.s3().create_bucket(Bucket="drem-wiped")  # type: ignore[attr-defined]
        settings = BucketSettings("drem-wiped", prefix="club", region="us-east-1", endpoint_url=server.url)
        a.sync.set_bucket(settings)
        a.sync.save_credentials(
            settings, Credentials(server.keys.access_key_id, server.keys.secret_access_key)
        )
        assert a.sync.sync_once(models=False)[1] == []
        server.restart()  # everything it held is gone, its keys too
        server.s3().create_bucket(Bucket="drem-wiped")  # type: ignore[attr-defined]
        a.sync.save_credentials(
            settings, Credentials(server.keys.access_key_id, server.keys.secret_access_key)
        )
        report, differences = a.sync.sync_once(models=False)  # the same service: it remembers the bucket
        assert report.pushed_segments >= 1 and differences == []
        fresh = laptops("fresh")
        service(fresh).join(event_id, bucket_for(server, "drem-wiped"))
        assert board(fresh, event_id) == board(a, event_id) and "8700" in board(fresh, event_id)
    finally:
        server.stop()
