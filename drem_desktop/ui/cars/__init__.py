"""Cars: the live list, fleets, credentials and fleet actions with their jobs."""
