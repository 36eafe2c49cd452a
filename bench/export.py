"""Export times on a big event: 2,000 racers, 100,000 laps over two tracks.

csv_s: the lap CSV of every lap (results read from the database, boards ranked, file written).
pdf_s: the organiser's summary PDF (every board, every racer). bundle_s: the cloud manager bundle.
archive_s: the one-file event archive (.dremz, sealed). Baseline, in the same run on the same database:
``sqlite3 drem.sqlite .dump`` into a file (the floor of "read every row and write it as text");
csv_vs_sqlite_dump = csv_s / that time (goal ≤ 2).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import time
from pathlib import Path

from common import big_event, new_app


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--racers", type=int, default=2_000)
    parser.add_argument("--laps", type=int, default=100_000, help="laps in all (two tracks)")
    args = parser.parse_args()
    per_track = max(5, args.laps // (2 * args.racers) // 5 * 5)  # runs of 5 laps
    if shutil.which("sqlite3") is None:
        raise SystemExit(
            "bench/export.py needs the sqlite3 command (Debian package sqlite3) for its baseline"
        )
    app = new_app()
    event = big_event(app, racers=args.racers, laps_per_racer_per_track=per_track, tracks=2, laps_per_run=5)
    out = app.paths.root / "exports"
    out.mkdir()
    with app.db.engine.connect() as conn:
        laps = conn.exec_driver_sql("select count(*) from lap").scalar()
    db = app.paths.database

    def dump() -> None:
        with (out / "dump.sql").open("w") as f:
            subprocess.run(["sqlite3", str(db), ".dump"], stdout=f, check=True)

    def csv() -> None:
        app.leaderboards.invalidate(event.event_id)  # cold: read from the database like the dump
        app.exports.export(event.event_id, "laps-csv", out / "laps.csv")

    dump_s = min(timed(dump) for _ in range(2))
    csv_s = min(timed(csv) for _ in range(2))
    pdf_s = timed(lambda: app.exports.export(event.event_id, "pdf-summary", out / "summary.pdf"))
    bundle_s = timed(lambda: app.exports.export_drem([event.event_id], out / "bundle"))
    archive_s = timed(lambda: app.exports.archive(event.event_id, out / "event.dremz"))
    sizes = {p.name: p.stat().st_size for p in (out / "laps.csv", out / "summary.pdf", out / "event.dremz")}
    print(f"sqlite3 .dump: {dump_s:.2f} s ({(out / 'dump.sql').stat().st_size / 1e6:.1f} MB)")
    print("files: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sizes.items()))
    app.close()
    shutil.rmtree(Path(app.paths.root), ignore_errors=True)
    print(
        f"export: racers={args.racers} laps={laps} csv_s={csv_s:.2f} pdf_s={pdf_s:.2f} "
        f"bundle_s={bundle_s:.2f} archive_s={archive_s:.2f} csv_vs_sqlite_dump={csv_s / dump_s:.2f}"
    )


if __name__ == "__main__":
    main()
