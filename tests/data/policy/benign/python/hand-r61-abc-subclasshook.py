#!/usr/bin/env python3
"""Accept any object with a close() method as a Closeable."""
import abc
import io


class Closeable(abc.ABC):
    @abc.abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Closeable and any("close" in B.__dict__ for B in other.__mro__):
            return True
        return NotImplemented


def close_all(objs):
    closed = 0
    for obj in objs:
        if isinstance(obj, Closeable):
            obj.close()
            closed += 1
    return closed


def main():
    print("closed", close_all([io.StringIO("x"), 42, io.BytesIO(b"y")]))


if __name__ == "__main__":
    main()
