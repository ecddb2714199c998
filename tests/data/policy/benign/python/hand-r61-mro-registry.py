#!/usr/bin/env python3
"""Pick a serializer for an object by walking its class's bases in order."""
import datetime
import decimal
import json

SERIALIZERS = {
    datetime.date: lambda v: v.isoformat(),
    decimal.Decimal: str,
    set: sorted,
}


def serializer_for(value):
    for base in type(value).__mro__:
        if base in SERIALIZERS:
            return SERIALIZERS[base]
    raise TypeError(f"cannot serialise {type(value).__name__}")


def main():
    data = {"when": datetime.datetime(2024, 5, 1, 12, 0), "price": decimal.Decimal("9.90"),
            "tags": {"b", "a"}}
    print(json.dumps(data, default=lambda v: serializer_for(v)(v), indent=2))


if __name__ == "__main__":
    main()
