"""Dispatch a sub-command given on the command line."""
import sys


def run(argv):
    match argv:
        case ["greet", name]:
            print("hello", name)
        case ["add", *nums]:
            print(sum(int(n) for n in nums))
        case _:
            print("usage: greet NAME | add N...")


run(sys.argv[1:])
