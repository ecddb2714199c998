# Ordinary: a unit conversion module whose docstring examples are its tests;
# running it executes them with doctest.testmod().
import doctest
import sys

FACTORS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048}


def convert(value, src, dst):
    """Convert a length between units.

    >>> convert(1, "km", "m")
    1000.0
    >>> round(convert(12, "in", "cm"), 2)
    30.48
    >>> convert(1, "m", "parsec")
    Traceback (most recent call last):
    ...
    KeyError: 'parsec'
    """
    return value * FACTORS[src] / FACTORS[dst]


def celsius(f):
    """
    >>> celsius(212)
    100.0
    >>> round(celsius(0), 1)
    -17.8
    """
    return (f - 32) * 5 / 9


def parse(text):
    """Parse "12.5 cm" into a number and a unit.

    >>> parse("12.5 cm")
    (12.5, 'cm')
    >>> import os
    >>> os.path.basename("/tmp/units.txt")
    'units.txt'
    """
    number, unit = text.split()
    return float(number), unit


if __name__ == "__main__":
    failures, tests = doctest.testmod(verbose="-v" in sys.argv)
    print(f"{tests - failures}/{tests} passed")
    sys.exit(bool(failures))
