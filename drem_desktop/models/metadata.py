"""What a model's ``model_metadata.json`` says, checked the way the car reads it.

The car refuses a model whose metadata it cannot use only when the racer is already at the track, so
every rule the car applies is applied here first, with the defaults the car assumes for missing fields.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from drem_desktop.i18n import _

CAR_SENSORS = frozenset(
    {"FRONT_FACING_CAMERA", "STEREO_CAMERAS", "LEFT_CAMERA", "LIDAR", "SECTOR_LIDAR", "observation"}
)
SIMULATION_ONLY_SENSORS = frozenset({"DISCRETIZED_SECTOR_LIDAR"})
ACTION_SPACE_TYPES = ("discrete", "continuous")
ALGORITHMS = ("clipped_ppo", "sac")
MAX_METADATA_BYTES = 1_000_000
MAX_DISCRETE_ACTIONS = 1_000


@dataclass(frozen=True, slots=True)
class ModelMetadata:
    """The fields the car uses, with its defaults already applied."""

    action_space_type: str
    training_algorithm: str
    sensors: tuple[str, ...]
    action_count: int | None  # number of discrete actions; None for continuous
    steering_range: tuple[float, float]
    speed_range: tuple[float, float]
    raw: dict[str, Any] = field(repr=False, compare=False)


def _number(value: Any) -> float | None:
    """A JSON number that is finite; booleans are not numbers here (json gives True for ``true``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    f = float(value)
    return f if math.isfinite(f) else None


def parse_metadata(data: bytes) -> tuple[ModelMetadata | None, list[str]]:
    """Return the metadata and an empty list, or ``None`` and every problem found, in plain words."""
    if len(data) > MAX_METADATA_BYTES:
        return None, [_("model_metadata.json is larger than 1 MB; a real one is a few kilobytes.")]
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, [_("model_metadata.json is not UTF-8 text.")]
    except ValueError as exc:
        return None, [_("model_metadata.json is not valid JSON ({error}).").format(error=exc)]
    if not isinstance(doc, dict):
        return None, [_("model_metadata.json must hold a JSON object (curly braces) at the top.")]

    problems: list[str] = []
    algorithm = doc.get("training_algorithm", "clipped_ppo")
    if algorithm not in ALGORITHMS:
        problems.append(
            _("Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.").format(
                value=algorithm
            )
        )
    space_type = doc.get("action_space_type", "discrete")
    if space_type not in ACTION_SPACE_TYPES:
        problems.append(
            _("Unknown action_space_type {value!r}: the car knows discrete and continuous.").format(
                value=space_type
            )
        )
    if algorithm == "sac" and space_type == "discrete":
        problems.append(_("A SAC model needs a continuous action space, but this one is discrete."))

    sensors_value = doc.get("sensor", ["FRONT_FACING_CAMERA"])
    sensors: tuple[str, ...] = ()
    if not isinstance(sensors_value, list) or not all(isinstance(s, str) for s in sensors_value):
        problems.append(_("The sensor field must be a list of sensor names."))
    elif not sensors_value:
        problems.append(_("The sensor list is empty: the model must name at least one sensor."))
    else:
        sensors = tuple(sensors_value)
        for s in sensors:
            if s in SIMULATION_ONLY_SENSORS:
                problems.append(
                    _("Sensor {name} exists only in the simulator; cars refuse it.").format(name=s)
                )
            elif s not in CAR_SENSORS:
                problems.append(_("Unknown sensor {name!r}.").format(name=s))

    lidar_config = doc.get("lidar_config")
    if lidar_config is not None and not isinstance(lidar_config, dict):
        problems.append(_("lidar_config must be a JSON object when present."))

    steering: tuple[float, float] = (0.0, 0.0)
    speed: tuple[float, float] = (0.0, 0.0)
    count: int | None = None
    space = doc.get("action_space")
    if space is None:
        problems.append(_("model_metadata.json has no action_space."))
    elif space_type == "discrete":
        steering, speed, count = _discrete(space, problems)
    elif space_type == "continuous":
        steering, speed = _continuous(space, problems)

    if problems:
        return None, problems
    return (
        ModelMetadata(
            action_space_type=space_type,
            training_algorithm=algorithm,
            sensors=sensors,
            action_count=count,
            steering_range=steering,
            speed_range=speed,
            raw=doc,
        ),
        [],
    )


def _discrete(space: Any, problems: list[str]) -> tuple[tuple[float, float], tuple[float, float], int | None]:
    if not isinstance(space, list) or not space:
        problems.append(_("A discrete action_space must be a non-empty list of actions."))
        return (0.0, 0.0), (0.0, 0.0), None
    if len(space) > MAX_DISCRETE_ACTIONS:
        problems.append(_("The action space has more than 1000 actions; this is not a DeepRacer model."))
        return (0.0, 0.0), (0.0, 0.0), None
    steers: list[float] = []
    speeds: list[float] = []
    for i, action in enumerate(space):
        if not isinstance(action, dict):
            problems.append(
                _("Action {index} is not an object with steering_angle and speed.").format(index=i)
            )
            continue
        st, sp = _number(action.get("steering_angle")), _number(action.get("speed"))
        if st is None or sp is None:
            problems.append(_("Action {index} needs numeric steering_angle and speed.").format(index=i))
            continue
        steers.append(st)
        speeds.append(sp)
    if not steers:
        return (0.0, 0.0), (0.0, 0.0), None
    return (min(steers), max(steers)), (min(speeds), max(speeds)), len(space)


def _continuous(space: Any, problems: list[str]) -> tuple[tuple[float, float], tuple[float, float]]:
    if not isinstance(space, dict):
        problems.append(
            _("A continuous action_space must be an object with steering_angle and speed ranges.")
        )
        return (0.0, 0.0), (0.0, 0.0)
    ranges: list[tuple[float, float]] = []
    for key in ("steering_angle", "speed"):
        r = space.get(key)
        low = _number(r.get("low")) if isinstance(r, dict) else None
        high = _number(r.get("high")) if isinstance(r, dict) else None
        if low is None or high is None:
            problems.append(_("The continuous {key} range needs numeric low and high.").format(key=key))
            ranges.append((0.0, 0.0))
        elif not low < high:
            problems.append(
                _(
                    "The continuous {key} range has low {low} not below high {high}; the car refuses it."
                ).format(key=key, low=low, high=high)
            )
            ranges.append((low, high))
        else:
            ranges.append((low, high))
    return ranges[0], ranges[1]


def describe_metadata(doc: dict[str, Any]) -> str:
    """A few words on what a racer changes between trainings: action space, speeds, sensors."""
    meta, _problems = parse_metadata(json.dumps(doc).encode())
    if meta is None:
        return _("metadata the car would refuse")
    low, high = meta.speed_range
    if meta.action_space_type == "discrete":
        space = _("discrete, {count} actions").format(count=meta.action_count)
    else:
        space = _("continuous")
    return _("{space}, speed {low:g}–{high:g} m/s, {sensors}").format(
        space=space, low=low, high=high, sensors=", ".join(meta.sensors)
    )
