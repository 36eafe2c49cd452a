"""Starting and stopping the LAN server on the app's service loop, for the window and ``serve``.

The composition root (``app.py``) owns the model library; this only puts the server on the loop and
answers once it listens, so a caller can show the addresses (and their QR codes) straight away.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from drem_desktop.web.app_control import AppControl
from drem_desktop.web.app_source import AppSource
from drem_desktop.web.server import WebConfig, WebServer
from drem_desktop.web.tablet import TabletDesk

if TYPE_CHECKING:
    from drem_desktop.app import App
    from drem_desktop.models.library import ModelLibrary


def start_lan_server(
    app: App,
    library: ModelLibrary | None,
    *,
    port: int | None = None,
    host: str = "0.0.0.0",
    timeout_s: float = 10.0,
) -> WebServer:
    """Start the server on ``app.service_loop`` (started if needed); blocks until it listens.

    Raises OSError with a plain message when no port in the range is free. Do not call it on the Qt
    UI thread if you cannot afford the (short) wait: submit it from a worker instead.
    """
    server = WebServer(
        AppSource(app),
        library,
        WebConfig(host=host, port=8080 if port is None else port),
        extensions=(app.sync.lan.add_routes,),
        tablet=TabletDesk(AppControl(app), app.tablet_access),
    )
    app.service_loop.start().submit(server.start()).result(timeout_s)
    return server


def stop_lan_server(app: App, server: WebServer, timeout_s: float = 5.0) -> None:
    """Close every page's stream and the listening socket; call before ``app.close()``."""
    with contextlib.suppress(Exception):
        app.service_loop.submit(server.stop()).result(timeout_s)
