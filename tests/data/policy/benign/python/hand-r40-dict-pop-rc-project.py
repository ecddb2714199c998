"""Register the tool's settings in the project's env file."""
import os

TARGETS = {"rc": os.path.join("config", "tool.env"), "owner": "tool"}


def main():
    rc = TARGETS.pop("rc")
    with open(rc, "a") as fh:
        fh.write("TOOL_COLOR=1\n")


if __name__ == "__main__":
    main()
