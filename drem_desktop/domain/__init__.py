"""Pure race rules: no I/O, no Qt, no SQLAlchemy. Fast to test, safe to reuse."""
