# Ordinary agent tool: builds a CHANGELOG.md section from `git log` between
# the last tag and HEAD, grouped by conventional-commit type.
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

TYPES = {"feat": "Features", "fix": "Bug fixes", "perf": "Performance", "docs": "Documentation"}


def git(*args, cwd="."):
    out = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return out.stdout.strip()


def last_tag(cwd):
    try:
        return git("describe", "--tags", "--abbrev=0", cwd=cwd)
    except subprocess.CalledProcessError:
        return None


def commits_since(tag, cwd):
    rng = f"{tag}..HEAD" if tag else "HEAD"
    log = git("log", rng, "--pretty=format:%h%x09%s", cwd=cwd)
    for line in log.splitlines():
        sha, _, subject = line.partition("\t")
        yield sha, subject


def group(commits):
    groups = defaultdict(list)
    for sha, subject in commits:
        m = re.match(r"(\w+)(\([^)]*\))?!?:\s*(.*)", subject)
        kind = m.group(1) if m else "other"
        text = m.group(3) if m else subject
        groups[TYPES.get(kind, "Other")].append(f"- {text} ({sha})")
    return groups


def render(version, groups):
    lines = [f"## {version}", ""]
    for title in list(TYPES.values()) + ["Other"]:
        if groups.get(title):
            lines += [f"### {title}", *groups[title], ""]
    return "\n".join(lines)


def main(argv):
    repo = Path(argv[1]) if len(argv) > 1 else Path(".")
    version = argv[2] if len(argv) > 2 else "Unreleased"
    section = render(version, group(commits_since(last_tag(repo), repo)))
    changelog = repo / "CHANGELOG.md"
    old = changelog.read_text() if changelog.exists() else "# Changelog\n\n"
    head, _, rest = old.partition("\n\n")
    changelog.write_text(f"{head}\n\n{section}\n{rest}")
    print(section)


if __name__ == "__main__":
    main(sys.argv)
