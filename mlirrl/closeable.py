"""A base class that turns an object with `close()` into a context manager."""

from __future__ import annotations

from types import TracebackType
from typing import TypeVar

SelfType = TypeVar("SelfType", bound="Closeable")


class Closeable:
    """Context manager whose exit calls `close()`; subclasses implement `close`."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self: SelfType) -> SelfType:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
