"""Print the native sizes of the C types the file format uses."""
import struct

FORMATS = {"short": "h", "int": "i", "long": "l", "double": "d"}


def main():
    for name, code in FORMATS.items():
        print(f"{name:>6}: {struct.calcsize(code)} bytes")


if __name__ == "__main__":
    main()
