"""The event screen: name, date, race rules and tracks."""
