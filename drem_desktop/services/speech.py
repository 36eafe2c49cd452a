"""Spoken call-outs: one thread that owns the text-to-speech engine, fed by a queue that drops stale lines.

Timing never waits for speech: ``say`` only appends to the queue and returns. A line that waited longer
than its ``max_age_s`` is dropped unspoken (a lap time read out ten seconds late is noise), a newer line
with the same ``key`` replaces the one still waiting (only the latest "time left" matters), and the
queue never holds more than ``max_waiting`` lines (the oldest go first).

The engine is pyttsx3 (the OS voices: SAPI5 on Windows, NSSpeechSynthesizer on macOS, eSpeak NG on
Linux), created on the speech thread itself because SAPI5 wants its COM apartment there. On Linux the line
is synthesized to a WAV file and played with the desktop's player (``paplay``, ``pw-play`` or ``aplay``):
pyttsx3's own eSpeak playback runs ``aplay`` through the shell and says nothing when it is missing or fails.
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from drem_desktop.i18n import _, current_language

log = logging.getLogger(__name__)


class Voice(Protocol):
    def speak(self, text: str) -> None:
        """Say ``text`` and return when it has been said (blocking)."""
        ...

    def configure(self, rate: int | None, voice: str | None) -> None: ...


# Linux audio players, best first: PulseAudio's (also PipeWire's pulse server), PipeWire's, plain ALSA's.
LINUX_PLAYERS: tuple[tuple[str, ...], ...] = (("paplay",), ("pw-play",), ("aplay", "-q"))


def linux_player() -> list[str]:
    """The command that plays a WAV file here, or OSError saying what to install."""
    for command in LINUX_PLAYERS:
        path = shutil.which(command[0])
        if path:
            return [path, *command[1:]]
    raise OSError(
        _(
            "No audio player to say the call-outs with: install paplay, pw-play or aplay "
            "(Debian/Ubuntu: sudo apt install alsa-utils)."
        )
    )


# The English names Windows and macOS give their voices ("Microsoft Hedda Desktop - German"), for the OS
# drivers that report no language codes.
LANGUAGE_NAMES = {"de": "German", "es": "Spanish", "fr": "French", "ja": "Japanese", "sv": "Swedish"}


def voice_for_language(voices: list[tuple[str, str, list[str | bytes]]], language: str) -> str | None:
    """The id of the voice best suited to ``language`` among (id, name, language codes), or None to keep
    the OS default (English, or no voice for that language here).

    eSpeak NG reports ``de`` or ``fr-fr``, macOS ``de_DE``, some drivers the codes as bytes with a prefix."""
    if language == "en":
        return None

    def codes(raw: list[str | bytes]) -> list[str]:
        out = []
        for code in raw:
            text = code.decode("ascii", "ignore") if isinstance(code, bytes) else str(code)
            out.append(text.strip("\x00\x05 ").replace("_", "-").lower())
        return out

    best: tuple[int, str] | None = None
    for voice_id, name, raw in voices:
        found = codes(raw)
        if language in found:
            score = 3
        elif voice_id.lower().rsplit("/", 1)[-1] == language:
            score = 2
        elif any(c.startswith(language + "-") for c in found):
            score = 1
        elif LANGUAGE_NAMES.get(language, "\0").lower() in name.lower():
            score = 0
        else:
            continue
        if best is None or score > best[0]:
            best = (score, voice_id)
    return best[1] if best else None


class Pyttsx3Voice:
    """The OS voices through pyttsx3; use only on one thread (the speaker's)."""

    def __init__(self) -> None:
        import pyttsx3  # imported here: a missing OS speech library must not stop the app starting

        self._engine = pyttsx3.init()
        self._play_wav = sys.platform.startswith("linux")

    def configure(self, rate: int | None, voice: str | None) -> None:
        if rate:
            self._engine.setProperty("rate", int(rate))
        if not voice:  # none chosen: the OS voice that speaks the organizer's language, if it has one
            with contextlib.suppress(Exception):
                voices = self._engine.getProperty("voices") or []
                voice = voice_for_language(
                    [(v.id, v.name or "", list(v.languages or [])) for v in voices], current_language()
                )
        if voice:
            with contextlib.suppress(Exception):  # a voice saved on another computer may not exist here
                self._engine.setProperty("voice", voice)

    def _forget_file(self) -> None:
        # pyttsx3 2.99's eSpeak driver keeps the last save_to_file target and would write every later
        # line there instead of saying it.
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        if driver is not None and getattr(driver, "_save_file", None):
            driver._save_file = None

    def speak(self, text: str) -> None:
        if self._play_wav:
            self._speak_through_player(text)
            return
        self._forget_file()
        with contextlib.redirect_stdout(io.StringIO()):  # the eSpeak driver prints on stdout
            self._engine.say(text)
            self._engine.runAndWait()

    def _speak_through_player(self, text: str) -> None:
        player = linux_player()
        with tempfile.TemporaryDirectory(prefix="drem-voice-") as folder:
            wav = self.to_file(text, Path(folder) / "line.wav")
            try:
                done = subprocess.run(
                    [*player, str(wav)], capture_output=True, text=True, timeout=60, check=False
                )
            except subprocess.TimeoutExpired as exc:
                raise OSError(_("The audio player did not finish within a minute.")) from exc
            if done.returncode != 0:
                said = (done.stderr or done.stdout).strip().splitlines()
                raise OSError(
                    _("{player} could not play the voice: {reason}").format(
                        player=Path(player[0]).name,
                        reason=said[-1] if said else _("exit status {n}").format(n=done.returncode),
                    )
                )

    def to_file(self, text: str, path: Path) -> Path:
        """Synthesize ``text`` into a WAV file instead of the speakers (tests, checking a template)."""
        path = Path(path)
        for _attempt in range(3):
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(text, str(path))
                self._engine.runAndWait()
            self._forget_file()
            # pyttsx3's eSpeak driver now and then ends an utterance before its audio arrived (right after
            # another one): the file then holds only a WAV header. Say it again.
            if path.exists() and path.stat().st_size > 1024:
                break
        return path


@dataclass(order=False)
class Line:
    text: str
    key: str = ""  # a newer line with the same key replaces this one while it waits
    max_age_s: float = 8.0
    created: float = field(default_factory=time.monotonic)
    finished: threading.Event | None = None  # set once said, dropped or failed (for say_and_wait)
    failure: str | None = None  # why it was not said

    def end(self, failure: str | None = None) -> None:
        self.failure = failure
        if self.finished is not None:
            self.finished.set()


class Speaker:
    """The speech thread and its queue. ``voice_factory`` runs on the thread (default: pyttsx3)."""

    def __init__(
        self,
        voice_factory: Callable[[], Voice] | None = None,
        *,
        max_waiting: int = 4,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._factory = voice_factory or Pyttsx3Voice
        self.max_waiting = max_waiting
        self._clock = clock
        self._queue: deque[Line] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._settings: tuple[int | None, str | None] = (None, None)
        self._settings_changed = False
        self.spoken: deque[str] = deque(maxlen=50)  # the latest lines said (for the screen and tests)
        self.dropped = 0
        self.error: str | None = None  # why there is no voice (no speech library, no audio)
        self._speaking = False

    # -- any thread -------------------------------------------------------------------------------
    def say(self, text: str, key: str = "", max_age_s: float = 8.0) -> None:
        """Queue a line; returns at once."""
        text = text.strip()
        if text and not self._closed:
            self._put(Line(text, key, max_age_s, self._clock()))

    def say_and_wait(self, text: str, timeout: float = 30.0) -> None:
        """Say a line and return once it was said; OSError says why it was not (Test voice)."""
        line = Line(text.strip(), "test", timeout, self._clock(), finished=threading.Event())
        if self._closed:
            raise OSError(_("Call-outs are closed."))
        self._put(line)
        if not line.finished or not line.finished.wait(timeout):
            raise OSError(_("The voice did not say the line within {s} seconds.").format(s=int(timeout)))
        if line.failure:
            raise OSError(line.failure)

    def _put(self, line: Line) -> None:
        superseded = _("A newer line took its place.")
        with self._cond:
            if line.key:
                for old in [old for old in self._queue if old.key == line.key]:
                    self._queue.remove(old)
                    self.dropped += 1
                    old.end(superseded)
            self._queue.append(line)
            while len(self._queue) > self.max_waiting:
                self._queue.popleft().end(_("Too many lines were waiting."))
                self.dropped += 1
            self._cond.notify_all()
        self._ensure_thread()

    def configure(self, rate: int | None = None, voice: str | None = None) -> None:
        with self._cond:
            self._settings = (rate, voice)
            self._settings_changed = True
            self._cond.notify_all()

    def waiting(self) -> list[str]:
        with self._cond:
            return [line.text for line in self._queue]

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """True once nothing waits and nothing is being said (tests)."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and not self._speaking, timeout)

    def close(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._closed = True
            for line in self._queue:
                line.end(_("Call-outs are closed."))
            self._queue.clear()
            self._cond.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    # -- the speech thread ------------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        with self._cond:
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
                self._thread.start()

    def _next(self) -> Line | None:
        with self._cond:
            while True:
                if self._closed:
                    return None
                while self._queue:
                    line = self._queue.popleft()
                    if self._clock() - line.created <= line.max_age_s:
                        self._speaking = True
                        return line
                    self.dropped += 1  # stale: said now it would be noise
                    line.end(_("It waited too long to be said."))
                self._cond.notify_all()
                self._cond.wait()

    def _run(self) -> None:
        try:
            voice: Voice | None = self._factory()
        except Exception as exc:
            log.warning("no voice for call-outs: %s", exc)
            self.error = _("No voice available for call-outs ({error}).").format(error=exc)
            voice = None
        while (line := self._next()) is not None:
            failure: str | None = self.error if voice is None else None
            try:
                with self._cond:
                    changed, self._settings_changed = self._settings_changed, False
                    rate, name = self._settings
                if voice is not None:
                    if changed:
                        voice.configure(rate, name)
                    voice.speak(line.text)
                    self.spoken.append(line.text)
                    self.error = None
            except Exception as exc:
                log.warning("call-out not said: %s", exc)
                self.error = failure = _("The voice failed ({error}).").format(error=exc)
            finally:
                line.end(failure)
                with self._cond:
                    self._speaking = False
                    self._cond.notify_all()


def spoken_seconds(seconds: float) -> str:
    """A lap time as a voice reads it best: seconds with two decimals ("12.35"), minutes when long."""
    if seconds >= 60:
        minutes, rest = divmod(seconds, 60)
        if minutes >= 2:
            return _("{m} minutes {s:.1f}").format(m=int(minutes), s=rest)
        return _("1 minute {s:.1f}").format(s=rest)
    return f"{seconds:.2f}"


__all__ = ["Line", "Pyttsx3Voice", "Speaker", "Voice", "spoken_seconds"]
