"""Sub-commands named after nested classes."""
import argparse


class cli:
    class build:
        help = "build the project"

    class clean:
        help = "remove build outputs"


parser = argparse.ArgumentParser(prog=cli.__name__)
sub = parser.add_subparsers(dest="cmd")
for cmd in (cli.build, cli.clean):
    sub.add_parser(cmd.__name__, help=cmd.help)
print(parser.parse_args(["build"]).cmd, cli.clean.__qualname__)
