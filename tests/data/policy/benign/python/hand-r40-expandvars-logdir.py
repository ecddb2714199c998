"""Show where logs are written."""
import os

TEMPLATE = "$HOME/.local/state/app/logs"


def main():
    print(os.path.expandvars(TEMPLATE))


if __name__ == "__main__":
    main()
