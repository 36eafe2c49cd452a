"""What the car's console means when it refuses to load a model, in words a car marshal can act on.

The console's load route answers ``{"success": false, "reason": …}`` before it loads anything; the reasons
below are the ones its code gives (aws-deepracer-webserver-pkg, ``api_load_model``), in the order it checks.
"""

from __future__ import annotations

import re

from drem_desktop.i18n import _

_SENSORS = re.compile(r"Check the connections for the (?P<names>.+?) sensors?$")

_METADATA = (
    "Error while reading model_metadata.json",
    "Error while getting sensor names from model_metadata.json",
    "The training algorithm value is incorrect",
    "The action space type value is incorrect",
    "No action space value found in model_metadata.json",
    "Incorrect values in model_metadata.json",
)
_CONTROL = (
    "Model load failed! Please check the ROS logs",
    "Unable to reach model state server",
)
_LIDAR = (
    "Unable to connect to vehicle with current LiDAR configuration",
    "Setting lidar configuration failed!",
)


def explain(reason: str) -> str:
    """The car's refusal as what happened and what to do next (the caller adds the car's own words)."""
    reason = reason.strip()
    sensors = _SENSORS.match(reason)
    if sensors:
        names = [n.strip() for n in sensors.group("names").split(",") if n.strip()]
        return _(
            "the model drives with the {sensors}, and the car does not see it connected. Connect it "
            "(or choose a model trained for the sensors this car has) and load again."
        ).format(sensors=_(" and ").join(names))
    if reason == "Model optimization failed!":
        return _(
            "the model is not ready on the car: it is still being installed, or its install failed. "
            "Wait a few seconds and load again; if it keeps failing, send the model to the car again."
        )
    if reason == "No model_metadata_file for the model selected":
        return _("the model's folder on the car has no model_metadata.json. Send the model to the car again.")
    if reason in _METADATA:
        return _(
            "the model's model_metadata.json is not one the car accepts. Ask the racer for the model as "
            "exported from the DeepRacer console, then load it again."
        )
    if reason == "The sensor configurations of your vehicle and trained model must match":
        return _(
            "the model was trained with a sensor this car does not have (a simulation-only sensor, for "
            "example). Choose a model trained for this car's sensors."
        )
    if reason == "Error getting sensor status":
        return _(
            "the car could not read its own sensors. Restart the car's software (Cars → Restart) "
            "and load again."
        )
    if reason in _LIDAR:
        return _(
            "the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, "
            "then load again."
        )
    if reason in _CONTROL:
        return _(
            "the car's control software did not take the model. Restart the car's software (Cars → Restart) "
            "and load again."
        )
    if not reason:
        return _("the car gave no reason. Open the car's console to see why, then load again.")
    return _("the car gave the reason below. Fix that on the car, then load again.")
