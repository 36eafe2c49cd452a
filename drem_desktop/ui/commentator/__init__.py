"""The commentator's panel: the racer on track, their laps and standing, for the person on the microphone."""
