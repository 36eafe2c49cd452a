"""A tiny loopback HTTP proxy the tests control, between the app and the S3 endpoint (or a LAN peer).

It passes requests through one by one and, when told, injects a fault into the next matching ones: a
connection reset halfway through the request body (mid-upload), an HTTP error answer (500, 503 SlowDown),
a dropped connection, or an answer cut short. ``injected`` counts the faults it really caused.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass

ERROR_BODY = (
    '<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code><Message>{code} (injected)</Message>'
    "<RequestId>fault</RequestId></Error>"
)


@dataclass
class Fault:
    action: str  # reset | http | drop | truncate
    times: int
    match: Callable[[str, str], bool]  # (method, path) -> bool
    status: int = 0
    code: str = ""


def _read_head(conn: socket.socket, buffer: bytearray) -> bytes | None:
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:end])
    del buffer[:end]
    return head


def _length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _sep, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.injected = 0
        self.requests = 0
        self.down = False  # refuse every connection (the endpoint is unreachable)
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = int(self._server.getsockname()[1])
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def fail(
        self,
        action: str,
        times: int = 1,
        *,
        method: str = "",
        path: str = "",
        status: int = 0,
        code: str = "",
    ) -> None:
        def match(m: str, p: str) -> bool:
            return (not method or m == method) and (not path or path in p)

        with self._lock:
            self._faults.append(Fault(action, times, match, status, code))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
        self.down = False

    def close(self) -> None:
        self._closed = True
        self._server.close()

    def _take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.times > 0 and fault.match(method, path):
                    fault.times -= 1
                    self.injected += 1
                    return fault
        return None

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _addr = self._server.accept()
            except OSError:
                return
            if self.down:
                self.injected += 1
                _reset(conn)
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        try:
            while True:
                head = _read_head(conn, buffer)
                if head is None:
                    return
                method, path = head.split(b" ", 2)[:2]
                m, p = method.decode(), path.decode()
                length = _length(head)
                fault = self._take(m, p)
                self.requests += 1
                if fault is not None and fault.action == "reset":
                    # a connection reset mid-upload: half the body went through, then the line died
                    while len(buffer) < length // 2:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        buffer.extend(chunk)
                    _reset(conn)
                    return
                while len(buffer) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer.extend(chunk)
                body = bytes(buffer[:length])
                del buffer[:length]
                if fault is not None and fault.action == "drop":
                    _reset(conn)
                    return
                if fault is not None and fault.action == "http":
                    text = ERROR_BODY.format(code=fault.code).encode()
                    reason = {500: "Internal Server Error", 503: "Slow Down"}.get(fault.status, "Error")
                    conn.sendall(
                        f"HTTP/1.1 {fault.status} {reason}\r\nContent-Type: application/xml\r\n"
                        f"Content-Length: {len(text)}\r\n\r\n".encode()
                        + text
                    )
                    continue
                answer = self._forward(head, body)
                if fault is not None and fault.action == "truncate":
                    cut = answer.index(b"\r\n\r\n") + 4
                    conn.sendall(answer[: cut + max(0, (len(answer) - cut) // 2)])
                    _reset(conn)
                    return
                conn.sendall(answer)
                if b"\r\nconnection: close" in answer[: answer.find(b"\r\n\r\n")].lower():
                    conn.close()
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _forward(self, head: bytes, body: bytes) -> bytes:
        lines = [
            line
            for line in head.split(b"\r\n")
            if line and not line.lower().startswith((b"connection:", b"keep-alive:"))
        ]
        request = b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body
        with socket.create_connection(("127.0.0.1", self.upstream_port), 10) as up:
            up.sendall(request)
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)
