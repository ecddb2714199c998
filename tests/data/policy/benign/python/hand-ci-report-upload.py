#!/usr/bin/env python3
"""Run the test suite, summarise the JUnit XML and post the summary to the
team's dashboard (DASHBOARD_URL, DASHBOARD_TOKEN from the environment)."""
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path


def run_tests(report):
    cmd = [sys.executable, "-m", "pytest", "-q", f"--junitxml={report}"]
    return subprocess.run(cmd).returncode


def summarise(report):
    root = ET.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0, "time": 0.0}
    failed = []
    for suite in suites:
        for key in ("tests", "failures", "errors", "skipped"):
            total[key] += int(suite.get(key, 0))
        total["time"] += float(suite.get("time", 0))
        for case in suite.iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                failed.append(f"{case.get('classname')}::{case.get('name')}")
    total["failed_tests"] = failed[:50]
    return total


def post(summary):
    url = os.environ.get("DASHBOARD_URL")
    token = os.environ.get("DASHBOARD_TOKEN")
    if not url or not token:
        print("dashboard not configured, skipping upload")
        return
    summary["commit"] = os.environ.get("GITHUB_SHA", "local")
    req = urllib.request.Request(
        url, data=json.dumps(summary).encode(), method="POST",
        headers={"Authorization": f"Token {token}",
                 "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        print("dashboard:", resp.status)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        code = run_tests(report)
        if not report.exists():
            print("pytest wrote no report", file=sys.stderr)
            return code or 1
        summary = summarise(report)
    print(json.dumps({k: v for k, v in summary.items() if k != "failed_tests"}))
    post(summary)
    return code


if __name__ == "__main__":
    sys.exit(main())
