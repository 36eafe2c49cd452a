"""The lap-sensor simulator's command line (``drem-desktop simulate-sensor``,
``python -m drem_desktop.devtools.simulator``); the simulator itself is a lap source in ``timing/``
(the first-run practice mode uses it too)."""

from __future__ import annotations

import sys

from drem_desktop.timing.simulator import (
    PiTimerSimulator,
    SimulatedSensor,
    SimulatedTrigger,
    build_parser,
    main,
)

__all__ = ["PiTimerSimulator", "SimulatedSensor", "SimulatedTrigger", "build_parser", "main"]

if __name__ == "__main__":
    sys.exit(main())
