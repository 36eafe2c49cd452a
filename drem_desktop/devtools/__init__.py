"""Tools for developers, not for organizers: the screenshot maker and the lap-sensor simulator."""
