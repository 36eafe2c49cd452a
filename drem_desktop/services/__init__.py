"""Services: what screens, pages and the CLI call. They own the rules of when to write and what to tell."""
