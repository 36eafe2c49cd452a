"""Racers: register, edit and import the people who race."""
