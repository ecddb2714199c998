# Ordinary build helper: writes CHANGELOG.md from the git history since the last
# tag, grouping conventional-commit subjects (feat/fix/docs) by type.
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

TYPES = {"feat": "Features", "fix": "Bug fixes", "docs": "Documentation",
         "perf": "Performance", "refactor": "Refactoring"}
PATTERN = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?!?: (?P<subject>.+)$")


def git(*args):
    res = subprocess.run(["git", *args], capture_output=True, text=True, check=True)
    return res.stdout.strip()


def last_tag():
    try:
        return git("describe", "--tags", "--abbrev=0")
    except subprocess.CalledProcessError:
        return None


def commits(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    out = git("log", rng, "--pretty=format:%h %s")
    for line in out.splitlines():
        sha, _, subject = line.partition(" ")
        yield sha, subject


def group(entries):
    groups = defaultdict(list)
    for sha, subject in entries:
        m = PATTERN.match(subject)
        if not m or m["type"] not in TYPES:
            continue
        scope = f"**{m['scope']}**: " if m["scope"] else ""
        groups[TYPES[m["type"]]].append(f"- {scope}{m['subject']} ({sha})")
    return groups


def render(version, groups):
    lines = [f"## {version}", ""]
    for title in TYPES.values():
        if groups.get(title):
            lines += [f"### {title}", *groups[title], ""]
    return "\n".join(lines)


def main():
    version = sys.argv[1] if len(sys.argv) > 1 else "Unreleased"
    text = render(version, group(commits(last_tag())))
    path = Path("CHANGELOG.md")
    old = path.read_text() if path.exists() else "# Changelog\n\n"
    head, _, rest = old.partition("\n\n")
    path.write_text(f"{head}\n\n{text}\n{rest}")
    print(text)


if __name__ == "__main__":
    main()
