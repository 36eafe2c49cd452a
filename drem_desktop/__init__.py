"""DREM Desktop: run AWS DeepRacer events at the track, offline."""

__version__ = "0.1.0"
