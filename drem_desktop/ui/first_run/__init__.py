"""The first-run setup: shown when a data folder has no event yet."""
