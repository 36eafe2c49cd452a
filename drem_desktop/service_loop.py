"""The one service thread: an asyncio loop for the LAN server, the Pi-timer client, discovery and sync.

Blocking libraries (paramiko, boto3) run in its bounded executor. Other threads hand work over with
``submit`` (returns a concurrent Future) or ``call_soon`` (fire and forget); nobody waits on the UI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class ServiceLoop:
    def __init__(self, max_blocking_workers: int = 8) -> None:
        self.loop = asyncio.new_event_loop()
        self.executor = ThreadPoolExecutor(max_workers=max_blocking_workers, thread_name_prefix="blocking")
        self.loop.set_default_executor(self.executor)
        self._thread = threading.Thread(target=self._run, name="service-loop", daemon=True)
        self._started = threading.Event()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.call_soon(self._started.set)
        self.loop.run_forever()

    def start(self) -> ServiceLoop:
        if not self._thread.is_alive():
            self._thread.start()
            self._started.wait()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        if self.loop.is_closed():  # after stop: a failed future, not one that never completes
            coro.close()
            failed: Future[T] = Future()
            failed.set_exception(RuntimeError("the service loop has stopped"))
            return failed
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        if self.loop.is_closed():  # after stop there is nobody left to run it
            return
        self.loop.call_soon_threadsafe(fn, *args)

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel the tasks, stop the thread and close the loop (its epoll and self-pipe: an App that
        opened and closed left three descriptors behind, and a long session's select() then failed)."""
        if not self._thread.is_alive():
            self._close()
            return

        async def _shutdown() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        with contextlib.suppress(Exception):  # a task that refuses to die must not block exit
            self.submit(_shutdown()).result(timeout)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        self.executor.shutdown(wait=False, cancel_futures=True)
        self._close()

    def _close(self) -> None:
        if not self._thread.is_alive() and not self.loop.is_running() and not self.loop.is_closed():
            self.loop.close()
