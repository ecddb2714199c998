# Ordinary build/test helper: runs the test suite under coverage with the
# current interpreter, parses coverage.xml, fails below a threshold, and
# removes its own htmlcov/ output directory before each run.
import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def run_tests(paths):
    shutil.rmtree(ROOT / "htmlcov", ignore_errors=True)
    cmd = [sys.executable, "-m", "pytest", "-q", "--cov=src", "--cov-report=xml",
           "--cov-report=html", *paths]
    return subprocess.call(cmd, cwd=ROOT)


def line_rate(xml_path):
    root = ET.parse(xml_path).getroot()
    return float(root.get("line-rate", "0")) * 100


def worst_files(xml_path, n=5):
    root = ET.parse(xml_path).getroot()
    files = [(float(c.get("line-rate")) * 100, c.get("filename")) for c in root.iter("class")]
    return sorted(files)[:n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=float, default=80.0)
    ap.add_argument("paths", nargs="*", default=["tests"])
    args = ap.parse_args()
    rc = run_tests(args.paths)
    if rc not in (0, 5):
        return rc
    rate = line_rate(ROOT / "coverage.xml")
    print(f"coverage {rate:.1f}% (minimum {args.min:.1f}%)")
    for pct, name in worst_files(ROOT / "coverage.xml"):
        print(f"  {pct:5.1f}%  {name}")
    return 0 if rate >= args.min else 2


if __name__ == "__main__":
    sys.exit(main())
