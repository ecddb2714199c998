#!/usr/bin/env python3
"""Print amounts right-aligned through their own __format__."""


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __format__(self, spec):
        text = f"{self.cents // 100}.{self.cents % 100:02d} EUR"
        return format(text, spec or "")


if __name__ == "__main__":
    for c in (1999, 250, 100000):
        print("{:>14}|".format(Money(c)))
