# Ordinary program: generates a CHANGELOG section from the git log since the
# last tag, using subprocess to run git, and writes it into CHANGELOG.md.
import datetime
import re
import subprocess
import sys

KINDS = {"feat": "Features", "fix": "Fixes", "docs": "Documentation"}


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout.strip()


def last_tag():
    try:
        return git("describe", "--tags", "--abbrev=0")
    except subprocess.CalledProcessError:
        return None


def commits(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    out = git("log", rng, "--pretty=format:%h %s")
    return [line.split(" ", 1) for line in out.splitlines() if line]


def group(entries):
    groups = {}
    for sha, subject in entries:
        m = re.match(r"(\w+)(\(.+\))?: (.*)", subject)
        kind = KINDS.get(m.group(1), "Other") if m else "Other"
        text = m.group(3) if m else subject
        groups.setdefault(kind, []).append(f"- {text} ({sha})")
    return groups


def render(version, groups):
    out = [f"## {version} - {datetime.date.today().isoformat()}", ""]
    for kind in sorted(groups):
        out += [f"### {kind}", *groups[kind], ""]
    return "\n".join(out)


def main(argv):
    version = argv[0] if argv else "Unreleased"
    section = render(version, group(commits(last_tag())))
    try:
        with open("CHANGELOG.md", encoding="utf-8") as fh:
            old = fh.read()
    except FileNotFoundError:
        old = "# Changelog\n\n"
    head, _, rest = old.partition("\n\n")
    with open("CHANGELOG.md", "w", encoding="utf-8") as fh:
        fh.write(head + "\n\n" + section + "\n" + rest)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
