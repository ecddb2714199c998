"""Validate a colour name against the allowed values."""
from typing import Literal, get_args

Colour = Literal["red", "green", "blue"]

choice = "green"
if choice not in get_args(Colour):
    raise SystemExit("bad colour")
print("ok", choice)
