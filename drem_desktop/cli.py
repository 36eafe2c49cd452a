"""The ``drem-desktop`` command: the window by default, the headless services, and scriptable tasks."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from drem_desktop import version
from drem_desktop.domain.leaderboard import DEFAULT_TRACK
from drem_desktop.domain.race_config import RaceConfig, RaceConfigError, RaceFormat, Ranking
from drem_desktop.i18n import _
from drem_desktop.settings import LAN_PORT


def _data_dir_parent() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help=_("data folder (default: the platform's user data folder, or $DREM_DATA_DIR)"),
    )
    return p


def _optional_int(text: str) -> int | None:
    """A count or "unlimited"; the range is checked with the rest of the race rules."""
    if text.strip().lower() in ("unlimited", "none", "-"):
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a whole number: give a number, or “unlimited”").format(text=text)
        ) from None


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="drem-desktop",
        description=_("Run AWS DeepRacer events at the track, offline. With no command, opens the app."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"drem-desktop {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help=_("run timing and the LAN pages with no window"))
    serve.add_argument("--event", help=_("event id or exact name (default: the current event)"))
    serve.add_argument("--track", type=int, default=1, help=_("track number to time (default 1)"))
    serve.add_argument("--sensor", help=_("auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT"))
    serve.add_argument(
        "--port",
        type=int,
        default=None,
        help=_("LAN server port (default {port} or next free)").format(port=LAN_PORT.default),
    )
    serve.add_argument("--no-web", action="store_true", help=_("do not start the LAN server"))
    serve.add_argument(
        "--racer", help=_("put this racer on the track (registered if new); runs submit when over")
    )
    serve.add_argument("--pair", action="store_true", help=_("show a code another laptop can pair with"))

    event = sub.add_parser(
        "event", parents=[common], help=_("create and list events, change the upload code")
    )
    ev = event.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = ev.add_parser("add", parents=[common], help=_("create an event"))
    add.add_argument("name")
    add.add_argument("--date", default=date.today().isoformat(), help="YYYY-MM-DD")
    add.add_argument("--tracks", type=int, default=1)
    add.add_argument("--country", default="")
    add.add_argument("--format", choices=[f.value for f in RaceFormat], default=RaceFormat.TIME_TRIAL.value)
    add.add_argument("--race-time", type=float, default=3.0, help=_("minutes; 0 for no limit (default 3)"))
    add.add_argument("--laps", type=int, default=None, help=_("laps to finish (lap_count format)"))
    add.add_argument("--ranking", choices=[r.value for r in Ranking], default=Ranking.BEST_LAP.value)
    add.add_argument("--window", type=int, default=3, help=_("average window, 3 to 7 laps"))
    add.add_argument(
        "--resets", type=_optional_int, default=None, help=_("resets allowed per lap, or unlimited")
    )
    add.add_argument("--max-runs", type=_optional_int, default=None, help=_("runs per racer, or unlimited"))
    add.add_argument("--min-lap", type=float, default=2.0, help=_("minimum lap time in seconds (debounce)"))
    add.add_argument("--json", action="store_true")
    lst = ev.add_parser("list", parents=[common], help=_("list events"))
    lst.add_argument("--json", action="store_true")
    code = ev.add_parser(
        "set-code", parents=[common], help=_("change the event's upload code (the old one stops working)")
    )
    code.add_argument("event", help=_("event id or exact name"))
    code.add_argument(
        "code",
        nargs="?",
        help=_("the new code, 4 to 20 letters, digits or dashes (default: a new random one)"),
    )
    code.add_argument("--json", action="store_true")

    racer = sub.add_parser("racer", parents=[common], help=_("register and list racers"))
    rc = racer.add_subparsers(dest="action", metavar="ACTION", required=True)
    radd = rc.add_parser("add", parents=[common], help=_("register a racer"))
    radd.add_argument("username")
    radd.add_argument("--display-name", default="")
    radd.add_argument("--country", default="")
    radd.add_argument("--colour", default="", help=_("highlight colour, e.g. blue or #1e90ff"))
    radd.add_argument("--json", action="store_true")
    rlist = rc.add_parser("list", parents=[common], help=_("list racers"))
    rlist.add_argument("--search", default="")
    rlist.add_argument("--json", action="store_true")

    models = sub.add_parser(
        "import-models",
        parents=[common],
        help=_("import a folder of model archives (default owner: Sample models)"),
    )
    models.add_argument("folder", type=Path)
    models.add_argument("--racer", help=_("file them under this racer instead of “Sample models”"))

    imp = sub.add_parser("import-drem", parents=[common], help=_("import a cloud DREM export bundle folder"))
    imp.add_argument("folder", type=Path)

    from drem_desktop.services.exports import FORMATS, PAPERS

    exp = sub.add_parser("export", parents=[common], help=_("write an event's results as CSV, JSON or PDF"))
    exp.add_argument("event", help=_("event id or exact name"))
    exp.add_argument("--format", required=True, choices=FORMATS)
    exp.add_argument("--track", default="combined", help=_("track number or 'combined' (default)"))
    exp.add_argument("--out", type=Path, required=True, help=_("file to write, or a folder for it"))
    exp.add_argument("--paper", default="a4", choices=PAPERS, help=_("PDF paper size (default a4)"))

    dx = sub.add_parser(
        "export-drem", parents=[common], help=_("write a bundle the cloud manager's drem_import.py takes")
    )
    dx.add_argument("events", nargs="+", metavar="EVENT", help=_("event ids or exact names"))
    dx.add_argument("--out", type=Path, required=True, help=_("new folder for the bundle"))

    arc = sub.add_parser("archive", parents=[common], help=_("pack an event into one .dremz file"))
    arc.add_argument("event", help=_("event id or exact name"))
    arc.add_argument("--out", type=Path, required=True, help=_("the .dremz file to write (or a folder)"))

    rst = sub.add_parser("restore", parents=[common], help=_("bring back an event from a .dremz file"))
    rst.add_argument("file", type=Path)

    lb = sub.add_parser("leaderboard", parents=[common], help=_("print an event's leaderboard"))
    lb.add_argument("event", help=_("event id or exact name"))
    lb.add_argument(
        "--track",
        default=DEFAULT_TRACK,
        help=_("track number or 'combined' (default: track {n}, as the LAN pages)").format(n=DEFAULT_TRACK),
    )
    lb.add_argument(
        "--format",
        default=None,
        choices=[r.value for r in Ranking],
        help=_("fastest or average (default: the event's ranking)"),
    )
    lb.add_argument("--json", action="store_true")

    sim = sub.add_parser(
        "simulate-sensor", help=_("emit simulated laps on a pseudo-terminal or as a Pi timer"), add_help=False
    )
    sim.add_argument("args", nargs=argparse.REMAINDER)

    demo = sub.add_parser("demo-data", parents=[common], help=_("create a demo event with racers and laps"))
    demo.add_argument("--racers", type=int, default=24)
    demo.add_argument("--runs", type=int, default=2)
    demo.add_argument("--laps", type=int, default=6)
    demo.add_argument("--name", default="DREM Demo Cup")

    sub.add_parser("backup", parents=[common], help=_("write a backup of the database now"))
    pin = sub.add_parser(
        "tablet-pin", parents=[common], help=_("set the operator PIN of the tablet timekeeper (/tablet)")
    )
    pin.add_argument("--clear", action="store_true", help=_("no PIN: the tablet page refuses everyone"))
    pin.add_argument("--stdin", action="store_true", help=_("read the PIN from standard input (scripts)"))

    from drem_desktop.sync.commands import add_parsers as add_sync_parsers

    add_sync_parsers(sub, common)
    return parser


def _open_app(args: argparse.Namespace, *, backup: bool = False) -> Any:
    """Commands that change a lot (import, the window, serve) back up first; quick ones don't."""
    from drem_desktop.app import App

    return App(getattr(args, "data_dir", None), backup_at_start=backup)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def _event_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.event_id,
        "name": e.name,
        "date": e.event_date,
        "country_code": e.country_code,
        "race_config": e.config.to_dict(),
        "tracks": [{"number": t.number, "id": t.track_id, "title": t.leaderboard_title} for t in e.tracks],
        "upload_code": e.upload_code,
    }


def cmd_event(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        if args.action == "add":
            config = RaceConfig(
                format=RaceFormat(args.format),
                race_time_ms=round(args.race_time * 60_000) if args.race_time else None,
                laps_to_finish=args.laps,
                ranking=Ranking(args.ranking),
                average_window=args.window,
                resets_per_lap=args.resets,
                max_runs_per_racer=args.max_runs,
                min_lap_ms=round(args.min_lap * 1000),
            ).validated()
            e = app.events.create(
                args.name, args.date, config, args.tracks, country_code=args.country.upper()
            )
            if app.current_event_id is None:
                app.current_event_id = e.event_id
            if args.json:
                _print_json(_event_json(e))
            else:
                print(
                    _("Created event “{name}” ({id}) with {n} track(s). Upload code: {code}").format(
                        name=e.name, id=e.event_id, n=len(e.tracks), code=e.upload_code
                    )
                )
        elif args.action == "set-code":
            e = app.events.set_upload_code(app.events.find(args.event).event_id, args.code)
            if args.json:
                _print_json(_event_json(e))
            else:
                print(
                    _("Upload code of “{name}” is now {code}; the old code no longer works.").format(
                        name=e.name, code=e.upload_code
                    )
                )
        else:
            events = app.events.list()
            if args.json:
                _print_json([_event_json(e) for e in events])
            elif not events:
                print(_('No events yet. Create one with: drem-desktop event add "My Race"'))
            for e in events if not args.json else []:
                print(
                    f"{e.event_id}  {e.event_date:10}  {e.name}  ({len(e.tracks)} track(s), "
                    f"{e.config.ranking.value})"
                )
        return 0
    finally:
        app.close()


def cmd_racer(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        if args.action == "add":
            r = app.racers.add(
                args.username,
                display_name=args.display_name,
                country_code=args.country.upper(),
                highlight_colour=args.colour,
            )
            if args.json:
                _print_json(_racer_json(r))
            else:
                print(_("Registered racer {name} ({id}).").format(name=r.username, id=r.racer_id))
        else:
            racers = app.racers.list(args.search)
            if args.json:
                _print_json([_racer_json(r) for r in racers])
            for r in racers if not args.json else []:
                print(f"{r.username:24} {r.display_name:24} {r.country_code:2} {r.highlight_colour}")
        return 0
    finally:
        app.close()


def _racer_json(r: Any) -> dict[str, Any]:
    return {
        "id": r.racer_id,
        "username": r.username,
        "display_name": r.display_name,
        "country_code": r.country_code,
        "highlight_colour": r.highlight_colour,
    }


def cmd_import(args: argparse.Namespace) -> int:
    from drem_desktop.store.bundle_repo import import_bundle
    from drem_desktop.sync.drem_bundle import read_bundle

    bundle = read_bundle(args.folder)  # everything is checked before the database is opened for writing
    app = _open_app(args, backup=True)
    try:
        counts = import_bundle(app.db, bundle)
        app.leaderboards.invalidate()
        added = {k: v for k, v in counts.items() if not k.endswith("_unchanged") and v}
        if not added:
            print(_("Nothing to change: this bundle was imported before."))
        else:
            print(_("Imported: ") + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(added.items())))
        for note in bundle.notes:
            print(_("Note: {note}").format(note=note))
        return 0
    finally:
        app.close()


def cmd_import_models(args: argparse.Namespace) -> int:
    from drem_desktop.models.samples import archives_in, import_sample_models

    archives_in(args.folder)  # a wrong folder is refused before the database is opened
    app = _open_app(args)
    try:
        if args.racer:
            racer = app.racers.by_username(args.racer)
            refused = 0
            for path in archives_in(args.folder):
                intake = app.models.import_file(path, racer.racer_id, came_from="folder")
                refused += not intake.accepted
                print(intake.message())
            return 1 if refused else 0
        result = import_sample_models(app.models, app.racers, args.folder)
        print(result.summary())
        return 1 if result.refused and not (result.added or result.already) else 0
    finally:
        app.close()


def cmd_export(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        event = app.events.find(args.event)
        path = app.exports.export(event.event_id, args.format, args.out, track=args.track, paper=args.paper)
        print(_("Wrote {path}").format(path=path))
        return 0
    finally:
        app.close()


def cmd_export_drem(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        ids = [app.events.find(e).event_id for e in args.events]
        path = app.exports.export_drem(ids, args.out)
        print(_("Wrote the cloud manager bundle {path}").format(path=path))
        print(_("Import it there with: python scripts/drem_import.py --input {path}").format(path=path))
        return 0
    finally:
        app.close()


def cmd_archive(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        event = app.events.find(args.event)
        path = app.exports.archive(event.event_id, args.out)
        print(_("Wrote {path}").format(path=path))
        return 0
    finally:
        app.close()


def cmd_restore(args: argparse.Namespace) -> int:
    from drem_desktop.sync.archive import read_archive

    read_archive(args.file)  # refuse a damaged archive before the database is even opened
    app = _open_app(args, backup=True)
    try:
        event_id, counts = app.exports.restore(args.file)
        event = app.events.get(event_id)
        summary = ", ".join(f"{n} {table}" for table, n in sorted(counts.items()))
        print(_("Restored “{name}” ({summary}).").format(name=event.name, summary=summary))
        return 0
    finally:
        app.close()


def cmd_leaderboard(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        event = app.events.find(args.event)
        fmt = args.format or event.config.ranking.value
        rows = app.leaderboards.rows(event.event_id, args.track, fmt)
        if args.json:
            _print_json([row.to_json() for row in rows])
            return 0
        title = (
            f"{event.name} · "
            + (_("combined") if args.track == "combined" else _("track {n}").format(n=args.track))
            + f" · {fmt}"
        )
        print(title)
        print(f"{'#':>3}  {'racer':24} {'fastest':>9} {'average':>9} {'valid':>5} {'invalid':>7} {'runs':>4}")
        for row in rows:
            name = row.display_name + ("*" if row.raced_by_proxy else "")
            rank = row.rank if row.rank is not None else "-"
            print(
                f"{rank:>3}  {name[:24]:24} {_secs(row.fastest_lap_ms):>9} "
                f"{_secs(row.fastest_average_ms):>9} {row.valid_laps:>5} {row.invalid_laps:>7} {row.runs:>4}"
            )
        if not rows:
            print(_("No runs on this leaderboard yet."))
        return 0
    finally:
        app.close()


def _secs(ms: float | None) -> str:
    return "-" if ms is None else f"{ms / 1000:.3f}"


def cmd_demo(args: argparse.Namespace) -> int:
    from drem_desktop.demo import populate

    app = _open_app(args)
    try:
        e = populate(
            app, racers=args.racers, runs_per_racer=args.runs, laps_per_run=args.laps, name=args.name
        )
        app.current_event_id = e.event_id
        print(_("Created demo event “{name}” ({id}).").format(name=e.name, id=e.event_id))
        return 0
    finally:
        app.close()


def cmd_backup(args: argparse.Namespace) -> int:
    app = _open_app(args)
    try:
        print(app.backups.now("manual"))
        return 0
    finally:
        app.close()


def cmd_tablet_pin(args: argparse.Namespace) -> int:
    """The PIN is typed twice (not echoed) and kept only as a salted scrypt hash."""
    import getpass

    app = _open_app(args)
    try:
        if args.clear:
            app.tablet_access.clear_pin()
            print(_("Tablet PIN removed: the tablet page refuses everyone."))
            return 0
        if args.stdin:
            pin = sys.stdin.readline().strip()
        else:
            pin = getpass.getpass(_("New tablet PIN (4 to 12 digits): "))
            if getpass.getpass(_("Again: ")) != pin:
                print(_("error: the two PINs differ; nothing changed."), file=sys.stderr)
                return 1
        try:
            app.tablet_access.set_pin(pin)
        except ValueError as exc:
            print(_("error: {reason} Nothing changed.").format(reason=exc), file=sys.stderr)
            return 1
        print(_("Tablet PIN set. Open /tablet on the LAN pages from a tablet."))
        return 0
    finally:
        app.close()


def cmd_simulate(args: argparse.Namespace) -> int:
    from drem_desktop.devtools import simulator

    return int(simulator.main(list(args.args)) or 0)


def cmd_serve(args: argparse.Namespace) -> int:
    from drem_desktop.headless import serve

    return serve(args)


def cmd_window(args: argparse.Namespace) -> int:
    """Checks what Qt needs before Qt starts; the start backup waits until the window is up, so a start
    that fails (no display, missing libraries, a second start) never rotates out a real restore point."""
    from drem_desktop.prerequisites import check_window_prerequisites

    problem = check_window_prerequisites()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from drem_desktop.ui.start import start_window

    return start_window(getattr(args, "data_dir", None), sys.argv[:1])


def _sync_command(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from drem_desktop.sync import commands

        app = _open_app(args, backup=name == "join-event")
        try:
            return int(
                {"sync": commands.cmd_sync, "join-event": commands.cmd_join, "pair": commands.cmd_pair}[name](
                    app, args
                )
            )
        finally:
            app.close()

    return run


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_window,
    "serve": cmd_serve,
    "event": cmd_event,
    "racer": cmd_racer,
    "import-drem": cmd_import,
    "import-models": cmd_import_models,
    "leaderboard": cmd_leaderboard,
    "export": cmd_export,
    "export-drem": cmd_export_drem,
    "archive": cmd_archive,
    "restore": cmd_restore,
    "simulate-sensor": cmd_simulate,
    "demo-data": cmd_demo,
    "backup": cmd_backup,
    "tablet-pin": cmd_tablet_pin,
    "sync": _sync_command("sync"),
    "join-event": _sync_command("join-event"),
    "pair": _sync_command("pair"),
}


def _plain_start(argv: list[str]) -> argparse.Namespace | None:
    """The window's arguments when there is no command (at most ``--data-dir``), read without building
    every command's parser and the version (package metadata): a tenth of a start. Anything else (a
    command, ``--help``, ``--version``, a mistake) goes to the full parser, which also words the errors."""
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    try:
        known, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --data-dir without a folder: the full parser says so
        return None
    return None if rest else argparse.Namespace(command=None, **vars(known))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "simulate-sensor":
        from drem_desktop.devtools import simulator

        return int(simulator.main(argv[1:]) or 0)
    args = _plain_start(argv) or build_parser().parse_args(argv)
    from drem_desktop.domain.errors import StoreError
    from drem_desktop.sync.archive import ArchiveError
    from drem_desktop.sync.drem_bundle import BundleError
    from drem_desktop.sync.errors import BucketError, PairingError

    try:
        return COMMANDS[args.command](args)
    except (
        StoreError,
        BundleError,
        ArchiveError,
        RaceConfigError,
        ValueError,
        BucketError,
        PairingError,
    ) as exc:
        print(_("error: {message}").format(message=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, a folder that cannot be written
        where = f" ({exc.filename})" if exc.filename else ""
        print(_("error: {message}{where}").format(message=exc.strerror or exc, where=where), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
