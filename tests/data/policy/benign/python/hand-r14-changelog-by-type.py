# Ordinary: writes CHANGELOG.md from the git history of the current repository,
# grouping commit subjects by conventional-commit type between two tags
# (git describe / git log through subprocess, no shell).
import argparse
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

TYPES = {"feat": "Features", "fix": "Fixes", "perf": "Performance",
         "docs": "Documentation", "refactor": "Refactoring"}
SUBJECT = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?!?: (?P<text>.+)$")


def git(*args):
    out = subprocess.run(["git", *args], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def last_tag():
    try:
        return git("describe", "--tags", "--abbrev=0")
    except subprocess.CalledProcessError:
        return None


def commits(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    log = git("log", "--no-merges", "--format=%h%x09%s", rng)
    for line in log.splitlines():
        sha, _, subject = line.partition("\t")
        yield sha, subject


def group(entries):
    groups = defaultdict(list)
    for sha, subject in entries:
        m = SUBJECT.match(subject)
        if not m:
            groups["Other"].append(f"{subject} ({sha})")
            continue
        title = TYPES.get(m["type"], "Other")
        scope = f"**{m['scope']}**: " if m["scope"] else ""
        groups[title].append(f"{scope}{m['text']} ({sha})")
    return groups


def render(version, groups):
    lines = [f"## {version} - {date.today().isoformat()}", ""]
    for title in list(TYPES.values()) + ["Other"]:
        if groups.get(title):
            lines.append(f"### {title}")
            lines.extend(f"- {item}" for item in groups[title])
            lines.append("")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("version")
    ap.add_argument("--out", default="CHANGELOG.md")
    args = ap.parse_args(argv)
    section = render(args.version, group(commits(last_tag())))
    out = Path(args.out)
    old = out.read_text() if out.exists() else "# Changelog\n\n"
    head, _, rest = old.partition("\n\n")
    out.write_text(f"{head}\n\n{section}\n{rest}")
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
