"""DREM Desktop: run AWS DeepRacer events at the track, offline."""

__version__ = "0.1.0"  # the one place the version is written: pyproject.toml reads it


def version() -> str:
    """The installed distribution's version, as pip and the packaged app's metadata carry it."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as distribution_version

    try:
        return distribution_version("drem-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return __version__
