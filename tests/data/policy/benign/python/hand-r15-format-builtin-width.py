"""A table cell type that pads itself with the given format spec."""


class Cell:
    def __init__(self, text):
        self.text = text

    def __format__(self, spec):
        return format(self.text, spec or "<10")


def main():
    for row in [("name", "size"), ("a.txt", "12"), ("b.bin", "4096")]:
        print(" ".join(format(Cell(v), ">12") for v in row))


if __name__ == "__main__":
    main()
