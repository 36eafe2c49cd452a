"""Lap sources: serial sensors, the DREM Pi timer, manual keys and the simulator.

``open_source(spec, sink, on_status)`` is the way in; each source hands ``Crossing`` objects to ``sink``
and timing events (``timing.events``) to ``on_status``.
"""

from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import SourceStatus
from drem_desktop.timing.source import LapSource
from drem_desktop.timing.spec import SourceSpecError, open_source

__all__ = ["Crossing", "LapSource", "SourceSpecError", "SourceStatus", "open_source"]
