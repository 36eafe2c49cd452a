"""Trust on first use: the SSH host key and the console's TLS certificate each car showed first.

A car that later shows another key is refused until the operator explicitly trusts the new one
(``forget`` then connect, or ``trust`` with the new fingerprint), so a password is never sent to an
impostor on the venue network.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Literal, Protocol

PinKind = Literal["ssh", "tls"]


class PinStore(Protocol):
    def get(self, car: str, kind: PinKind) -> str | None: ...
    def trust(self, car: str, kind: PinKind, fingerprint: str) -> None: ...
    def forget(self, car: str, kind: PinKind) -> None: ...


class JsonPinStore:
    """Pins in ``<data folder>/car-pins.json`` (the registry in the store can replace it)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True))
        os.replace(tmp, self.path)

    def get(self, car: str, kind: PinKind) -> str | None:
        with self._lock:
            return self._read().get(car, {}).get(kind)

    def trust(self, car: str, kind: PinKind, fingerprint: str) -> None:
        with self._lock:
            data = self._read()
            data.setdefault(car, {})[kind] = fingerprint
            self._write(data)

    def forget(self, car: str, kind: PinKind) -> None:
        with self._lock:
            data = self._read()
            if data.get(car, {}).pop(kind, None) is not None:
                self._write(data)


class MemoryPinStore:
    """Pins for one session only (tests, throw-away scripts)."""

    def __init__(self) -> None:
        self._pins: dict[tuple[str, str], str] = {}

    def get(self, car: str, kind: PinKind) -> str | None:
        return self._pins.get((car, kind))

    def trust(self, car: str, kind: PinKind, fingerprint: str) -> None:
        self._pins[(car, kind)] = fingerprint

    def forget(self, car: str, kind: PinKind) -> None:
        self._pins.pop((car, kind), None)


class PinRows(Protocol):
    def pin(self, key: str, kind: str) -> str | None: ...
    def set_pin(self, key: str, kind: str, fingerprint: str) -> None: ...


class RegistryPins:
    """PinStore over the car registry, so pins travel with the event's database."""

    def __init__(self, registry: PinRows) -> None:
        self.registry = registry

    def get(self, car: str, kind: PinKind) -> str | None:
        return self.registry.pin(car, kind)

    def trust(self, car: str, kind: PinKind, fingerprint: str) -> None:
        self.registry.set_pin(car, kind, fingerprint)

    def forget(self, car: str, kind: PinKind) -> None:
        self.registry.set_pin(car, kind, "")
