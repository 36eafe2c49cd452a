"""Sample model archives for demo data, tests and benchmarks.

They are laid out like a model exported from the DeepRacer console (``agent/model.pb`` and
``model_metadata.json`` at the root); the .pb holds filler bytes, not a network, so they pass the
laptop's checks but would not drive a car.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
from pathlib import Path
from typing import Any

DISCRETE_METADATA: dict[str, Any] = {
    "action_space": [
        {"steering_angle": -30.0, "speed": 1.0},
        {"steering_angle": 0.0, "speed": 2.0},
        {"steering_angle": 30.0, "speed": 1.0},
    ],
    "sensor": ["FRONT_FACING_CAMERA"],
    "neural_network": "DEEP_CONVOLUTIONAL_NETWORK_SHALLOW",
    "training_algorithm": "clipped_ppo",
    "action_space_type": "discrete",
    "version": "5",
}

CONTINUOUS_METADATA: dict[str, Any] = {
    "action_space": {"steering_angle": {"low": -30.0, "high": 30.0}, "speed": {"low": 0.5, "high": 3.0}},
    "sensor": ["FRONT_FACING_CAMERA"],
    "neural_network": "DEEP_CONVOLUTIONAL_NETWORK_SHALLOW",
    "training_algorithm": "sac",
    "action_space_type": "continuous",
    "version": "5",
}


def add_bytes(tf: tarfile.TarFile, name: str, data: bytes, mode: int = 0o644) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = 1_700_000_000
    tf.addfile(info, io.BytesIO(data))


def write_sample_model(
    path: Path,
    *,
    pb: bytes | None = None,
    metadata: dict[str, Any] | None = None,
    pb_size: int = 0,
    seed: int = 0,
) -> Path:
    """Write a valid model archive at ``path``; ``pb_size`` bytes of random filler unless ``pb`` is given.

    Random filler keeps each sample's MD5 distinct (``seed`` makes it repeatable for small sizes) and
    does not compress, like a real network's weights.
    """
    if pb is None:
        pb = os.urandom(pb_size) if pb_size > 4096 else (b"sample-model-%d-" % seed) * 64
    with tarfile.open(path, "w:gz", compresslevel=1) as tf:
        add_bytes(tf, "model_metadata.json", json.dumps(metadata or DISCRETE_METADATA).encode())
        add_bytes(tf, "agent/model.pb", pb)
    return path
