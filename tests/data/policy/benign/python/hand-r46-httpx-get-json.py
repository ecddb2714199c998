"""Print the latest release tag of a project."""
import httpx


def latest(repo):
    r = httpx.get(f"https://api.github.com/repos/{repo}/releases/latest", timeout=10)
    r.raise_for_status()
    return r.json()["tag_name"]


print(latest("python/cpython"))
