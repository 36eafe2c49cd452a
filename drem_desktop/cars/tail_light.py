"""Tail-light colours on the car's PWM scale (0..255 × 39215 per channel); the palette is the domain's."""

from __future__ import annotations

from drem_desktop.domain.colours import PALETTE, parse_colour

__all__ = ["IDLE", "PALETTE", "PWM_PER_STEP", "parse_colour", "to_pwm"]

PWM_PER_STEP = 39215

IDLE = PALETTE["white"]


def to_pwm(colour: str | tuple[int, int, int]) -> tuple[int, int, int]:
    r, g, b = parse_colour(colour)
    return r * PWM_PER_STEP, g * PWM_PER_STEP, b * PWM_PER_STEP
