# Ordinary build helper: builds a CHANGELOG.md section from `git log` between the
# last tag and HEAD, grouping commits by their conventional-commit prefix.
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

GROUPS = {"feat": "Features", "fix": "Fixes", "docs": "Documentation", "perf": "Performance"}


def git(*args):
    out = subprocess.run(["git", *args], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def last_tag():
    try:
        return git("describe", "--tags", "--abbrev=0")
    except subprocess.CalledProcessError:
        return None


def commits(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    log = git("log", rng, "--pretty=format:%h%x09%s")
    for line in log.splitlines():
        sha, _, subject = line.partition("\t")
        yield sha, subject


def group(entries):
    out = defaultdict(list)
    for sha, subject in entries:
        m = re.match(r"(\w+)(\([^)]*\))?!?:\s*(.*)", subject)
        kind = m.group(1) if m else "other"
        text = m.group(3) if m else subject
        out[GROUPS.get(kind, "Other")].append(f"- {text} ({sha})")
    return out


def render(version, groups):
    lines = [f"## {version}", ""]
    for title in sorted(groups):
        lines += [f"### {title}", *groups[title], ""]
    return "\n".join(lines)


def main(argv):
    version = argv[0] if argv else "Unreleased"
    section = render(version, group(commits(last_tag())))
    path = Path("CHANGELOG.md")
    old = path.read_text() if path.exists() else "# Changelog\n\n"
    head, _, rest = old.partition("\n\n")
    path.write_text(f"{head}\n\n{section}\n{rest}")
    print(section)


if __name__ == "__main__":
    main(sys.argv[1:])
