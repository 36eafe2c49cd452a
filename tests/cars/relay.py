"""A loopback TCP relay that can cut the link after N bytes: a Wi-Fi drop, on demand."""

from __future__ import annotations

import contextlib
import socket
import threading


class CuttingRelay:
    def __init__(self, target_port: int, cut_after: int | None = None) -> None:
        self.target_port = target_port
        self.cut_after = cut_after
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._sockets: list[socket.socket] = []
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, counted: bool) -> None:
        forwarded = 0
        try:
            while data := src.recv(65536):
                if counted and self.cut_after is not None and forwarded + len(data) > self.cut_after:
                    self.cut()
                    return
                dst.sendall(data)
                forwarded += len(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

    def cut(self) -> None:
        """Drop every connection at once, both ways, with no goodbye.

        ``shutdown`` first: a plain ``close`` does not end a socket another pump thread is blocked
        reading, so the car's side would never learn the link is gone (and keep its half-sent model).
        """
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def close(self) -> None:
        self._stop = True
        self._listener.close()
        self.cut()
