"""The car's tail light follows the run: the racer's highlight colour when their run starts, white (idle)
when it ends. Only for runs where the timekeeper named the car; a car that cannot be reached is reported
through the car service's job events like any other action, and never holds up the run."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from drem_desktop.bus import Bus
from drem_desktop.cars.tail_light import IDLE, parse_colour
from drem_desktop.events import RunStateChanged
from drem_desktop.services.registry import RacerService

if TYPE_CHECKING:
    from drem_desktop.cars.service import CarService

log = logging.getLogger(__name__)

ENDED = frozenset({"over", "submitted", "discarded"})


class RunTailLights:
    def __init__(self, bus: Bus, cars: CarService, racers: RacerService) -> None:
        """``cars`` is the CarService (anything with ``set_tail_light(cars, colour)``)."""
        self._cars = cars
        self._racers = racers
        self._lit: dict[str, str] = {}  # run id -> car lit for it
        bus.subscribe(RunStateChanged, self._on_state, lane=bus.lane("tail-lights"))  # reads the racer

    def _on_state(self, e: RunStateChanged) -> None:
        if e.state == "running" and e.previous == "ready" and e.car_name:
            colour: str | tuple[int, int, int] = IDLE
            try:
                colour = parse_colour(self._racers.get(e.racer_id).highlight_colour or "white")
            except ValueError:
                log.info("racer %s has no tail-light colour; the car stays white", e.racer_id)
            self._lit[e.run_id] = e.car_name
            self._cars.set_tail_light([e.car_name], colour)
        elif e.state in ENDED and e.run_id in self._lit:
            self._cars.set_tail_light([self._lit.pop(e.run_id)], IDLE)
