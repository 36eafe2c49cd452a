"""Cars: find them on the venue LAN, load models over SSH or the console API, run fleet actions.

The public face is :class:`drem_desktop.cars.service.CarService`; screens use it and the events in
:mod:`drem_desktop.cars.events`, never paramiko or aiohttp directly.
"""
