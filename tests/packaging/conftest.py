"""The X server fixture for the start-up tests."""

from .helpers import x_display

__all__ = ["x_display"]
