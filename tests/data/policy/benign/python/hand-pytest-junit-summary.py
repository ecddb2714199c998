# Ordinary: runs the test suite with pytest (via sys.executable -m pytest),
# writing JUnit XML to a temporary file, and prints the slowest and failing tests.
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def run_tests(args):
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", *args])
        return proc.returncode, ET.parse(report).getroot() if report.exists() else None


def summarize(root):
    cases = root.iter("testcase")
    rows = [(float(c.get("time", 0)), c.get("classname", "") + "::" + c.get("name", ""),
             c.find("failure") is not None) for c in cases]
    for t, name, _ in sorted(rows, reverse=True)[:5]:
        print(f"{t:8.2f}s {name}")
    for _, name, failed in rows:
        if failed:
            print("FAILED", name)


if __name__ == "__main__":
    code, root = run_tests(sys.argv[1:])
    if root is not None:
        summarize(root)
    sys.exit(code)
