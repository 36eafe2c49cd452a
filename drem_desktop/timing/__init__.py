"""Lap sources: serial sensors, the DREM Pi timer, manual keys and the simulator."""
