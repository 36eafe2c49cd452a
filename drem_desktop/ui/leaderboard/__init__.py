"""The fullscreen leaderboard for the second monitor or projector."""
