#!/usr/bin/env python3
"""Money amounts that round to cents, and a monthly total."""
from decimal import Decimal, ROUND_HALF_UP


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(str(amount))
        self.currency = currency

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)

    def __round__(self, ndigits=2):
        q = Decimal(1).scaleb(-ndigits)
        return Money(self.amount.quantize(q, rounding=ROUND_HALF_UP), self.currency)

    def __repr__(self):
        return f"{self.amount} {self.currency}"


def main():
    items = [Money("12.345"), Money("0.105"), Money("99.999")]
    total = Money(0)
    for item in items:
        total = total + item
    print("total:", round(total, 2))


if __name__ == "__main__":
    main()
