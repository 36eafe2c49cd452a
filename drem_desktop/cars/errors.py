"""Errors a car marshal can meet, each worded as what happened and what to do next."""

from __future__ import annotations

from drem_desktop.cars.refusals import explain
from drem_desktop.i18n import _


class CarError(Exception):
    """Base of every car failure; ``str()`` is the plain-words message shown to the operator."""

    def __init__(self, car: str, message: str) -> None:
        super().__init__(message)
        self.car = car


class CarUnreachable(CarError):
    def __init__(self, car: str, detail: str = "") -> None:
        super().__init__(
            car,
            _(
                "Car {car} did not answer{detail}. Check that it is switched on and on the venue network, "
                "then retry."
            ).format(car=car, detail=f" ({detail})" if detail else ""),
        )


class CarAuthFailed(CarError):
    def __init__(self, car: str, what: str = "SSH") -> None:
        super().__init__(
            car,
            _(
                "Car {car} refused the {what} password or key. Check the credentials saved for this car in "
                "Cars → {car} and retry."
            ).format(car=car, what=what),
        )


class CarNeedsCredentials(CarError):
    def __init__(self, car: str) -> None:
        super().__init__(
            car,
            _(
                "No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or "
                "the web console password printed under the car) and retry."
            ).format(car=car),
        )


class HostKeyChanged(CarError):
    """The car presented another SSH host key (or TLS certificate) than the one pinned on first use."""

    def __init__(self, car: str, expected: str, seen: str, what: str = "SSH key") -> None:
        super().__init__(
            car,
            _(
                "Car {car} presented a different {what} than last time ({seen} instead of {expected}): "
                "the car "
                "was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} "
                "if you expected this."
            ).format(car=car, what=what, seen=seen, expected=expected),
        )
        self.expected = expected
        self.seen = seen


class CarDiskFull(CarError):
    def __init__(self, car: str) -> None:
        super().__init__(
            car,
            _(
                "Car {car} ran out of disk space while installing the model; nothing was changed. Delete old "
                "models on the car (Cars → Delete all models) and retry."
            ).format(car=car),
        )


class TransferInterrupted(CarError):
    def __init__(self, car: str, detail: str = "") -> None:
        super().__init__(
            car,
            _(
                "The connection to car {car} dropped during the transfer{detail}; "
                "the car keeps the models it "
                "had. Check the car's network and retry."
            ).format(car=car, detail=f" ({detail})" if detail else ""),
        )


class ModelRejected(CarError):
    def __init__(self, car: str, reason: str) -> None:
        super().__init__(
            car, _("The model cannot be loaded onto car {car}: {reason}").format(car=car, reason=reason)
        )


class CarCommandFailed(CarError):
    def __init__(self, car: str, action: str, detail: str) -> None:
        super().__init__(
            car,
            _("Car {car} could not {action}: {detail}").format(
                car=car, action=action, detail=detail.strip() or _("no details")
            ),
        )


class JobCancelled(CarError):
    def __init__(self, car: str) -> None:
        super().__init__(car, _("Cancelled on car {car}; the car keeps what it had.").format(car=car))


class BadArchive(ValueError):
    """The model archive itself is unusable (checked on the laptop before any car is touched)."""


class ModelLoadRefused(CarError):
    """The car's console refused to load a model (nothing changed on the car: it keeps its previous model)."""

    def __init__(self, car: str, folder: str, reason: str) -> None:
        said = reason.strip()
        super().__init__(
            car,
            _("Car {car} refused to load {folder}: {explanation}").format(
                car=car, folder=folder, explanation=explain(said)
            )
            + (" " + _('(The car said: "{reason}")').format(reason=said) if said else ""),
        )
        self.folder = folder
        self.reason = said
