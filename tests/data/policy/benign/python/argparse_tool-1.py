import argparse


def main(argv=None):
    p = argparse.ArgumentParser(description="alpha")
    p.add_argument("--count", type=int, default=3)
    p.add_argument("--word", default="iota")
    p.add_argument("-v", "--verbose", action="store_true")
    a = p.parse_args(argv)
    for i in range(a.count):
        print(f"{i}: {a.word * (i + 1)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([]))
