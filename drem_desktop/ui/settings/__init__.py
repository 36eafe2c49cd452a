"""Settings: lap sensors, the LAN server, the leaderboard screen, backups and the theme."""
