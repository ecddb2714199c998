"""Print the repository's current version from git."""
import subprocess


def main():
    out = subprocess.run(["git", "describe", "--tags", "--always"], capture_output=True, text=True)
    print(out.stdout.strip())


if __name__ == "__main__":
    main()
