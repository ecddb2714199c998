"""Check a config dict against a function's annotated parameters."""
from __future__ import annotations

import inspect


def configure(host: str, port: int, debug: bool = False) -> None:
    print(f"{host}:{port} debug={debug}")


def validate(func, values):
    hints = inspect.get_annotations(func, eval_str=True)
    for name, value in values.items():
        want = hints.get(name)
        if want is not None and not isinstance(value, want):
            raise TypeError(f"{name}: want {want.__name__}, got {type(value).__name__}")
    return func(**values)


validate(configure, {"host": "localhost", "port": 8080})
