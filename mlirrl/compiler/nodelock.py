"""A node-level lock that keeps timed kernel runs of one machine from overlapping.

Every process on the node that times kernels opens the same lock folder. The folder
holds `slots` lock files, and a timed run holds an exclusive `fcntl.flock` on one of
them, so at most `slots` timed runs execute at once. The kernel releases a flock when
its process dies, so a crashed worker never leaves a slot taken. Compilation takes no
slot: only the timed runs disturb each other's measurements.
"""

from __future__ import annotations

import fcntl
import logging
import os
import pathlib
import tempfile
import time
from types import TracebackType

logger = logging.getLogger(__name__)

DEFAULT_LOCK_DIR_NAME = "mlirrl-locks"

# Polling interval while every slot is taken, in seconds: the first sleep and the cap.
_POLL_START_S = 0.001
_POLL_MAX_S = 0.02


def default_lock_dir() -> pathlib.Path:
    """Lock folder shared by every process of the node: `<system temp dir>/mlirrl-locks`."""
    return pathlib.Path(tempfile.gettempdir()) / DEFAULT_LOCK_DIR_NAME


class NodeLock:
    """An exclusive hold on one of `slots` lock files in `path`, used as a context manager.

    The lock is not reentrant: entering it twice in a row without leaving blocks the
    second entry until a slot frees. It records how long each acquisition waited.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, slots: int = 1) -> None:
        if slots < 1:
            raise ValueError(f"NodeLock needs at least 1 slot, got {slots}")
        self.path = pathlib.Path(path) if path is not None else default_lock_dir()
        self.slots = slots
        self.acquisitions = 0
        self.total_wait_s = 0.0
        self.max_wait_s = 0.0
        self.last_wait_s = 0.0
        self._fd: int | None = None
        self._slot: int | None = None

    def _slot_path(self, slot: int) -> pathlib.Path:
        return self.path / f"slot-{slot}.lock"

    def _open_slot(self, slot: int) -> int:
        self.path.mkdir(parents=True, exist_ok=True)
        return os.open(self._slot_path(slot), os.O_RDWR | os.O_CREAT, 0o666)

    def _try_slot(self, slot: int) -> int | None:
        """Take slot `slot` without blocking; return its descriptor, or None when it is taken."""
        fd = self._open_slot(slot)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        return fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def slot(self) -> int | None:
        """Index of the held slot, or None when the lock is not held."""
        return self._slot

    def acquire(self, timeout: float | None = None) -> float:
        """Block until a slot is free and take it; return the wait in seconds.

        Raises TimeoutError when `timeout` seconds pass first, and RuntimeError when
        this object already holds a slot.
        """
        if self._fd is not None:
            raise RuntimeError(f"NodeLock on {self.path} is already held (slot {self._slot})")
        start = time.perf_counter()
        sleep_s = _POLL_START_S
        # Start at a slot that depends on the PID, so that processes spread over the slots.
        first = os.getpid() % self.slots

        while True:
            for offset in range(self.slots):
                slot = (first + offset) % self.slots
                fd = self._try_slot(slot)
                if fd is not None:
                    self._fd, self._slot = fd, slot
                    return self._record_wait(time.perf_counter() - start)

            waited = time.perf_counter() - start
            if timeout is not None and waited >= timeout:
                raise TimeoutError(f"no free slot in node lock {self.path} ({self.slots} slots) after {waited:.1f} s")
            if self.slots == 1 and timeout is None:
                # One slot and no deadline: let the kernel queue us instead of polling.
                fd = self._open_slot(0)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                except BaseException:
                    os.close(fd)
                    raise
                self._fd, self._slot = fd, 0
                return self._record_wait(time.perf_counter() - start)
            time.sleep(sleep_s)
            sleep_s = min(sleep_s * 2, _POLL_MAX_S)

    def _record_wait(self, wait_s: float) -> float:
        self.acquisitions += 1
        self.total_wait_s += wait_s
        self.max_wait_s = max(self.max_wait_s, wait_s)
        self.last_wait_s = wait_s
        if wait_s > 1.0:
            logger.debug("waited %.2f s for node lock %s slot %d", wait_s, self.path, self._slot)
        return wait_s

    def release(self) -> None:
        """Release the held slot; does nothing when no slot is held."""
        if self._fd is None:
            return
        fd, self._fd, self._slot = self._fd, None, None
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> NodeLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def stats(self) -> dict[str, float]:
        """Acquisition count and wait times in seconds."""
        return {
            "acquisitions": self.acquisitions,
            "total_wait_s": self.total_wait_s,
            "max_wait_s": self.max_wait_s,
            "last_wait_s": self.last_wait_s,
        }

    def __repr__(self) -> str:
        return f"NodeLock(path={str(self.path)!r}, slots={self.slots}, held={self.held})"
