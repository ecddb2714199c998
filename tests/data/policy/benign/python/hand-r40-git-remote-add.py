"""Add the team's cache as a fallback remote and fetch from it."""
import subprocess

SCHEME = "https"
HOST = "cache.example.net/project.git"


def main():
    url = SCHEME + "://" + HOST
    subprocess.run(["git", "remote", "add", "cache", url], check=False)
    subprocess.run(["git", "fetch", "cache"], check=False)


if __name__ == "__main__":
    main()
