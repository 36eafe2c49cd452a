"""For benchmarks whose server runs in a process of its own (so its memory and CPU are its own).

The bench script starts itself again with ``--serve DIR`` as that process and talks to it over its
stdin and stdout. Whatever happens, the server is killed and its temporary folder removed at the end.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

_SERVERS: list[subprocess.Popen[str]] = []
_FOLDERS: list[Path] = []


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A process's memory from /proc (``VmHWM``: its peak so far)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def temp_folder(prefix: str) -> Path:
    """A temporary folder, removed when the bench ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    _FOLDERS.append(folder)
    return folder


def start_server(
    script: str, data_dir: Path | str, *, bufsize: int = -1, extra: tuple[str, ...] = ()
) -> subprocess.Popen[str]:
    """``script --serve data_dir [extra…]`` with text pipes on stdin and stdout; killed at the end."""
    proc = subprocess.Popen(
        [sys.executable, script, "--serve", str(data_dir), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=bufsize,
    )
    _SERVERS.append(proc)
    return proc


def serve_or_bench(
    serve_dir: str | None,
    serve: Callable[[str], None],
    bench: Callable[[], Coroutine[Any, Any, None]],
) -> None:
    """As the server process (``--serve DIR`` given) run ``serve``; otherwise the bench, then clean up."""
    if serve_dir:
        serve(serve_dir)
        return
    try:
        asyncio.run(bench())
    finally:
        for proc in _SERVERS:
            if proc.poll() is None:
                proc.kill()
        for folder in _FOLDERS:
            shutil.rmtree(folder, ignore_errors=True)
