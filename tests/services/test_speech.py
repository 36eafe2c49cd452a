"""Spoken call-outs.

- The real voice (pyttsx3 over Debian's eSpeak NG) synthesizes a line into a WAV file, and sox measures it:
  its length is what a person needs to say it, and it is not silence.
- The speaker's queue drops stale lines and keeps only the newest of a kind while the voice is busy
  (the voice is the real one, held at a gate so the test decides when it may speak).
- A voice stuck mid-line never holds up a lap commit, and a whole run is announced in order.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import Stamp
from drem_desktop.events import RunChanged
from drem_desktop.i18n import current_language, set_language
from drem_desktop.services.callouts import CalloutSettings, check_template
from drem_desktop.services.speech import Pyttsx3Voice, Speaker, voice_for_language

pytestmark = pytest.mark.timeout(120)

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("soxi") is None,
    reason="espeak-ng and sox are Debian packages make test installs (as root)",
)


def wav_seconds(path: Path) -> float:
    return float(subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True, check=True).stdout)


def peak(path: Path) -> float:
    """Maximum amplitude (0..1) as sox's stat reports it."""
    out = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True).stderr
    line = next(line for line in out.splitlines() if line.startswith("Maximum amplitude"))
    return float(line.split(":")[1])


@needs_espeak
def test_the_voice_says_a_lap_in_a_plausible_time(tmp_path: Path) -> None:
    voice = Pyttsx3Voice()
    short = voice.to_file("Lap 3, 12.35", tmp_path / "short.wav")
    long = voice.to_file(
        "Run over for Alice. Best lap 12.35. Rank 2. Next on deck, Bob.", tmp_path / "long.wav"
    )
    s, lng = wav_seconds(short), wav_seconds(long)
    assert 0.8 < s < 4.0, s  # about half a second per word, not a click and not a minute
    assert 2.5 < lng < 10.0, lng
    assert lng > s * 1.8
    assert peak(short) > 0.1  # a voice, not silence


def fake_player(folder: Path, name: str, body: str) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)


@needs_espeak
def test_on_linux_each_line_is_played_by_the_desktops_player(tmp_path: Path, monkeypatch) -> None:
    """There is no sound card here: a script named aplay stands in for the player and keeps the WAV it was
    handed, which must be the line, said."""
    voice = Pyttsx3Voice()
    played = tmp_path / "played.wav"
    fake_player(tmp_path / "bin", "aplay", f'[ "$1" = "-q" ] && /bin/cp "$2" {played}\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    voice.speak("Lap 3, 12.35")
    monkeypatch.undo()
    assert 0.8 < wav_seconds(played) < 4.0
    assert peak(played) > 0.1


@needs_espeak
def test_test_voice_says_why_nothing_could_be_heard(tmp_path: Path, monkeypatch) -> None:
    speaker = Speaker(Pyttsx3Voice)
    try:
        monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no paplay, pw-play or aplay
        with pytest.raises(OSError, match=r"No audio player.*apt install alsa-utils"):
            speaker.say_and_wait("Lap 3, 12.35")
        assert not speaker.spoken
        no_card = "aplay: main:831: audio open error: No such file or directory"  # no sound card
        fake_player(tmp_path / "bin", "aplay", f"echo '{no_card}' >&2\nexit 1\n")
        monkeypatch.setenv("PATH", str(tmp_path / "bin"))
        with pytest.raises(OSError, match=f"aplay could not play the voice: {no_card}"):
            speaker.say_and_wait("Lap 3, 12.35")
        assert speaker.error and "audio open error" in speaker.error
    finally:
        speaker.close()


class GatedVoice:
    """The real voice writing each line to a WAV file, allowed to speak only when the gate opens."""

    def __init__(self, folder: Path) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.folder = folder
        self.files: list[Path] = []
        self._voice: Pyttsx3Voice | None = None

    def configure(self, rate: int | None, voice: str | None) -> None:
        pass

    def speak(self, text: str) -> None:
        if self._voice is None:
            self._voice = Pyttsx3Voice()
        self.started.set()
        self.gate.wait()
        path = self.folder / f"{len(self.files):02d}.wav"
        self._voice.to_file(text, path)
        self.files.append(path)


@needs_espeak
def test_the_queue_drops_stale_and_superseded_lines(tmp_path: Path) -> None:
    voice = GatedVoice(tmp_path)
    now = [1000.0]
    speaker = Speaker(lambda: voice, max_waiting=3, clock=lambda: now[0])
    try:
        speaker.say("Lap 1, 12.00", key="lap:1")
        assert voice.started.wait(10)  # the voice is busy with lap 1 …
        speaker.say("Lap 2, 11.90", key="lap:1")
        speaker.say("reset 1 of 3", key="reset:1", max_age_s=4)
        speaker.say("Lap 3, 11.80", key="lap:1")  # … lap 2, unsaid, is replaced by lap 3
        assert speaker.waiting() == ["reset 1 of 3", "Lap 3, 11.80"]
        now[0] += 5  # five seconds later: the reset is stale, the lap (6 s) is not
        voice.gate.set()
        assert speaker.wait_idle(30)
        assert list(speaker.spoken) == ["Lap 1, 12.00", "Lap 3, 11.80"]
        assert speaker.dropped == 2
        assert len(voice.files) == 2 and all(wav_seconds(f) > 0.5 for f in voice.files)
        for n in range(10):  # a burst of lines of different kinds: never more than 3 wait
            speaker.say(f"line {n}", key=f"k{n}")
        assert len(speaker.waiting()) <= 3
    finally:
        voice.gate.set()
        speaker.close()


class StuckVoice:
    """A voice that takes forever on its first line (a hung audio device), then records the rest."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.said: list[str] = []

    def configure(self, rate: int | None, voice: str | None) -> None:
        pass

    def speak(self, text: str) -> None:
        if not self.said:
            self.release.wait()
        self.said.append(text)


def test_a_stuck_voice_never_holds_up_a_lap(app) -> None:
    voice = StuckVoice()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice, max_waiting=4)
    app.callouts.set_enabled(True)
    event = app.events.create("Voice Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    rc = app.race_control
    rc.prepare(event.event_id, track, racer.racer_id, event.config)
    rc.start(track)
    done = threading.Event()

    def race() -> None:
        view = rc.view(track)
        assert view is not None and view.run.lap_start is not None
        start = view.run.lap_start.host_ms
        for n in range(1, 41):
            rc.capture_lap(track, stamp=Stamp(start + n * 10_000))
        done.set()

    threading.Thread(target=race, daemon=True).start()
    try:
        assert done.wait(30), "lap commits waited on the voice"
        view = rc.view(track)
        assert view is not None and len(view.run.laps) == 40  # every lap committed
        assert app.callouts.wait_idle(10)
        assert len(app.callouts.speaker.waiting()) <= 4  # bounded while the voice is stuck
    finally:
        voice.release.set()


class Recorder:
    def __init__(self) -> None:
        self.said: list[str] = []

    def configure(self, rate: int | None, voice: str | None) -> None:
        pass

    def speak(self, text: str) -> None:
        self.said.append(text)


def test_a_run_is_announced(app) -> None:
    voice = Recorder()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice, max_waiting=8)
    app.callouts.save(CalloutSettings(enabled=True, templates={"lap": "{name} lap {lap} {time}{validity}"}))
    config = RaceConfig(race_time_ms=None, resets_per_lap=3, min_lap_ms=0)
    event = app.events.create("Voice Cup", "2026-11-24", config, 1)
    track = event.tracks[0].track_id
    ann = app.racers.add("ann", display_name="Ann")
    bob = app.racers.add("bob", display_name="Bob")
    cat = app.racers.add("cat", display_name="Cat")
    app.queue.add(track, cat.racer_id)
    rc = app.race_control

    def drive(racer_id: str, laps: list[int], resets_before: int = 0) -> None:
        rc.prepare(event.event_id, track, racer_id, config)
        rc.start(track)
        view = rc.view(track)
        start = view.run.lap_start.host_ms  # type: ignore[union-attr]
        for _ in range(resets_before):
            rc.add_reset(track)
            assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
        t = start
        for lap in laps:
            t += lap
            rc.capture_lap(track, stamp=Stamp(t))
            assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
        rc.end(track)
        assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
        rc.submit(track)

    drive(ann.racer_id, [12_000, 11_500])
    drive(bob.racer_id, [11_000], resets_before=2)
    assert voice.said == [
        "Ann lap 1 12.00",
        "Ann lap 2 11.50",
        "Personal best for Ann, 11.50",
        "Run over for Ann. Best lap 11.50. Rank 1.",
        "Next on deck, Cat",
        "reset 1 of 3",
        "reset 2 of 3",
        "Bob lap 1 11.00",
        "Bob takes the lead, 11.00",
        "Run over for Bob. Best lap 11.00. Rank 1.",
        "Next on deck, Cat",
    ]


def test_announcing_a_reset_never_waits_for_race_controls_lock(app) -> None:
    """The bus calls subscribers on the publishing thread: the reset call-out reads the run on its worker,
    so a publisher is not held while race control is busy (its lock held elsewhere)."""
    voice = Recorder()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice, max_waiting=8)
    app.callouts.set_enabled(True)
    config = RaceConfig(race_time_ms=None, resets_per_lap=3, min_lap_ms=0)
    event = app.events.create("Lock Cup", "2026-11-24", config, 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    rc = app.race_control
    rc.prepare(event.event_id, track, racer.racer_id, config)
    rc.start(track)
    rc.add_reset(track)
    assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
    assert voice.said == ["reset 1 of 3"]
    view = rc.view(track)
    assert view is not None
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with rc._lock:
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert held.wait(10)
    published = threading.Event()

    def publish() -> None:
        app.bus.publish(RunChanged(view.run_id, event.event_id, track, racer.racer_id, "resets"))
        published.set()

    threading.Thread(target=publish, daemon=True).start()
    try:
        assert published.wait(10), "the publisher waited for race control's lock"
    finally:
        release.set()
        holder.join(10)
    assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
    assert voice.said == ["reset 1 of 3", "reset 1 of 3"]


def test_the_default_call_outs_speak_the_organizers_language(app) -> None:
    voice = Recorder()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice, max_waiting=8)
    app.callouts.set_enabled(True)
    config = RaceConfig(race_time_ms=None, resets_per_lap=None, min_lap_ms=0)
    event = app.events.create("Sprache Cup", "2026-11-24", config, 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann", display_name="Ann")
    rc = app.race_control
    previous = current_language()
    set_language("de")
    try:
        rc.prepare(event.event_id, track, racer.racer_id, config)
        rc.start(track)
        view = rc.view(track)
        assert view is not None and view.run.lap_start is not None
        rc.capture_lap(track, stamp=Stamp(view.run.lap_start.host_ms + 12_000))
        assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
    finally:
        set_language(previous)
    assert voice.said and voice.said[0] == "Runde 1, 12.00"


def test_templates_are_checked() -> None:
    assert check_template("reset", "reset {resets}{of_allowed}") == "reset {resets}{of_allowed}"
    with pytest.raises(ValueError, match="not a field"):
        check_template("reset", "reset {name}")
    with pytest.raises(ValueError, match="stray brace"):
        check_template("lap", "lap {lap")


def test_time_left_is_called_at_one_minute_and_thirty_seconds(app) -> None:
    voice = Recorder()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice)
    app.callouts.set_enabled(True)
    config = RaceConfig(race_time_ms=61_000, min_lap_ms=0)
    event = app.events.create("Clock Cup", "2026-11-24", config, 1)
    track = event.tracks[0].track_id
    rc = app.race_control
    rc.prepare(event.event_id, track, app.racers.add("ann").racer_id, config)
    rc.start(track)
    end = time.monotonic() + 10
    while "one minute left" not in voice.said:
        assert time.monotonic() < end, voice.said
        time.sleep(0.05)
    assert voice.said.count("one minute left") == 1
    assert "30 seconds left" not in voice.said


def test_a_personal_best_is_judged_over_the_whole_event_as_the_lap_colours_are(app) -> None:
    """Ann's 10.00 on track 1 is her best: 10.50 on track 2 beats her track-2 laps but is no new best (the
    timekeeper's table does not colour it one either, domain.lap_kind); 9.80 is."""
    voice = Recorder()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice, max_waiting=8)
    quiet = {"lap": False, "run_over": False, "next_on_deck": False}  # only the best laps are said
    app.callouts.save(CalloutSettings(enabled=True, on=quiet))
    config = RaceConfig(race_time_ms=None, resets_per_lap=3, min_lap_ms=0)
    event = app.events.create("Two Tracks", "2026-11-24", config, 2)
    one, two = (t.track_id for t in event.tracks)
    ann = app.racers.add("ann", display_name="Ann")
    rc = app.race_control

    def drive(track: str, laps: list[int]) -> None:
        rc.prepare(event.event_id, track, ann.racer_id, config)
        rc.start(track)
        t = rc.view(track).run.lap_start.host_ms  # type: ignore[union-attr]
        for lap in laps:
            t += lap
            rc.capture_lap(track, stamp=Stamp(t))
            assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)
        rc.end(track)
        rc.submit(track)
        assert app.callouts.wait_idle(10) and app.callouts.speaker.wait_idle(10)

    drive(one, [10_000])
    drive(two, [11_000, 10_500, 9_800])
    assert voice.said == ["Personal best for Ann, 9.80"]


def test_a_voice_is_chosen_for_the_organizers_language() -> None:
    voices: list[tuple[str, str, list[str | bytes]]] = [
        ("gmw/en", "English", ["en-gb"]),
        ("roa/fr-be", "French (Belgium)", ["fr-be"]),
        ("roa/fr", "French (France)", ["fr-fr"]),
        ("gmw/de", "German", ["de"]),
        ("HKLM\\Hedda", "Microsoft Hedda Desktop - German", []),
        ("com.apple.Alva", "Alva", [b"\x05sv_SE"]),
    ]
    assert voice_for_language(voices, "en") is None  # the OS default stays
    assert voice_for_language(voices, "de") == "gmw/de"  # a code beats a name
    assert voice_for_language(voices, "fr") == "roa/fr"  # the id's own language beats a region
    assert voice_for_language(voices, "sv") == "com.apple.Alva"
    assert voice_for_language(voices[:1] + voices[4:5], "de") == "HKLM\\Hedda"
    assert voice_for_language(voices[:1], "ja") is None


@needs_espeak
def test_the_real_voice_speaks_german_when_the_organizer_does(tmp_path: Path) -> None:
    previous = current_language()
    set_language("de")
    try:
        voice = Pyttsx3Voice()
        voice.configure(None, None)
        wav = voice.to_file("Runde 1, 12.00", tmp_path / "de.wav")  # the engine applies queued settings
        assert wav_seconds(wav) > 0.5
        assert voice._engine.getProperty("voice") == "gmw/de"
    finally:
        set_language(previous)
