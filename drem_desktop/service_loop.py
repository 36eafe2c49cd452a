"""The one service thread: an asyncio loop for the LAN server, the Pi-timer client, discovery and sync.

Blocking libraries (paramiko, boto3) run in its bounded executor. Other threads hand work over with
``submit`` (returns a concurrent Future) or ``call_soon`` (fire and forget); nobody waits on the UI thread.
A blocking call still running when the app closes is abandoned, not waited for (``BlockingPool``).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

_Work = tuple[Future[Any], Callable[..., Any], tuple[Any, ...], dict[str, Any]]


class BlockingPool(ThreadPoolExecutor):
    """A bounded pool of daemon threads for the loop's blocking calls.

    ThreadPoolExecutor's threads are joined when the interpreter exits, so one bucket request waiting on
    its read timeout (30 s, three attempts) kept ``serve`` alive for two minutes after SIGTERM. What runs
    here is retried from the database at the next start (an unfinished push, a half-pulled segment), so
    at exit it is left behind instead. (A ThreadPoolExecutor by type, as asyncio's default executor must
    be; its own threads are never started: ``submit`` and ``shutdown`` are these.)"""

    def __init__(self, max_workers: int, thread_name_prefix: str) -> None:
        super().__init__(max_workers, thread_name_prefix)
        self._max = max_workers
        self._prefix = thread_name_prefix
        self._work: queue.SimpleQueue[_Work | None] = queue.SimpleQueue()  # None: a thread ends
        self._idle = threading.Semaphore(0)
        self._daemons: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._shut = False

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        with self._lock:
            if self._shut:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future: Future[T] = Future()
            self._work.put((future, fn, args, kwargs))
            if not self._idle.acquire(blocking=False) and len(self._daemons) < self._max:
                thread = threading.Thread(
                    target=self._run, name=f"{self._prefix}_{len(self._daemons)}", daemon=True
                )
                self._daemons.append(thread)
                thread.start()
            return future

    def _run(self) -> None:
        while (item := self._work.get()) is not None:
            future, fn, args, kwargs = item
            if future.set_running_or_notify_cancel():
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
            del item, future, fn, args, kwargs  # a finished call's arguments are not kept alive
            self._idle.release()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shut = True
            threads = list(self._daemons)
        if cancel_futures:
            with contextlib.suppress(queue.Empty):
                while (item := self._work.get_nowait()) is not None:
                    item[0].cancel()
        for _thread in threads:
            self._work.put(None)
        if wait:
            for thread in threads:
                thread.join()


class ServiceLoop:
    def __init__(self, max_blocking_workers: int = 8) -> None:
        self.loop = asyncio.new_event_loop()
        self.executor = BlockingPool(max_blocking_workers, thread_name_prefix="blocking")
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

        end = time.monotonic() + timeout  # one bound for all of it
        with contextlib.suppress(Exception):  # a task that refuses to die must not block exit
            self.submit(_shutdown()).result(timeout)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(max(0.0, end - time.monotonic()))
        self.executor.shutdown(wait=False, cancel_futures=True)  # a call still running is left behind
        self._close()

    def _close(self) -> None:
        if not self._thread.is_alive() and not self.loop.is_running() and not self.loop.is_closed():
            self.loop.close()
