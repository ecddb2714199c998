"""Append a line to the project's notes file."""
from pathlib import Path


def main():
    notes = Path("docs") / "NOTES.md"
    with notes.open("a") as fh:
        fh.write("- console prompt set to simple\n")
    print("noted")


if __name__ == "__main__":
    main()
