"""One string names a lap source, as typed after ``--sensor`` or remembered per track.

``auto`` (search the USB serial ports for a DREM sensor), a port path (``/dev/ttyACM0``, ``COM3``,
``/dev/serial/by-id/...``) optionally followed by ``?mode=json`` or ``?mode=lines``, ``ws://HOST:PORT``
for a DREM Pi timer, or ``manual``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from urllib.parse import parse_qs

from drem_desktop.i18n import _
from drem_desktop.timing.protocol import LineMode
from drem_desktop.timing.source import CrossingSink, EventSink, LapSource


class SourceSpecError(ValueError):
    pass


def open_source(
    spec: str,
    sink: CrossingSink,
    on_status: EventSink | None = None,
    *,
    loop: asyncio.AbstractEventLoop | None = None,
    last_sequence: Callable[[str], int | None] | None = None,
) -> LapSource:
    """Build the source ``spec`` names (not started: call ``start()``). Bad specs raise SourceSpecError.

    ``last_sequence(clock)`` is the last trigger number stored for a sensor clock (DREM serial sensors
    use it to ask for what they sent while the app was closed).
    """
    text = spec.strip()
    if not text:
        raise SourceSpecError(
            _("No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.")
        )
    if text.startswith(("ws://", "wss://")):
        from drem_desktop.timing.pi_timer import PiTimerSource

        try:
            return PiTimerSource(text, sink, on_status, loop=loop)
        except ValueError as exc:
            raise SourceSpecError(str(exc)) from exc
    if text == "manual":
        from drem_desktop.timing.manual import ManualSource

        return ManualSource(sink, on_status)
    path, _sep, query = text.partition("?")
    mode = LineMode.DREM
    if query:
        values = parse_qs(query).get("mode", [])
        try:
            mode = LineMode(values[-1]) if values else LineMode.DREM
        except ValueError:
            raise SourceSpecError(
                _("Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.").format(spec=spec)
            ) from None
    from drem_desktop.timing.serial_source import SerialSource

    if path == "auto":
        if mode is not LineMode.DREM:
            raise SourceSpecError(
                _("auto finds DREM sensors only; give the port path for mode={mode}.").format(mode=mode.value)
            )
        return SerialSource(None, sink, on_status, last_sequence=last_sequence)
    if "://" in path:
        raise SourceSpecError(
            _("Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.").format(spec=spec)
        )
    return SerialSource(path, sink, on_status, mode=mode, last_sequence=last_sequence)
