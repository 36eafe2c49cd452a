"""Race admin: runs and laps after the fact (edit, delete, restore)."""
