"""Errors the store raises in plain words; callers show them as they are."""


class StoreError(Exception):
    """A change was refused; nothing was written."""


class NotFound(StoreError):
    pass


class Duplicate(StoreError):
    pass
