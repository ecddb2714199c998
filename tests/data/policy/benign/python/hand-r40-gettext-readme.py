"""Print the localized greeting and the README's first line."""
from gettext import gettext as _


def main():
    with open(_("README.md"), encoding="utf-8") as fh:
        print(_("First line:"), fh.readline().strip())


if __name__ == "__main__":
    main()
