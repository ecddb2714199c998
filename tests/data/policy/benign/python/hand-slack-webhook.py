"""Post a build summary to a Slack incoming webhook.

The webhook URL comes from SLACK_WEBHOOK_URL; the summary is read from a JSON
report produced by the test step.
"""
import argparse
import json
import logging
import os
import sys
import urllib.error
import urllib.request

log = logging.getLogger("notify")


def load_report(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    passed = sum(1 for t in data.get("tests", []) if t.get("outcome") == "passed")
    failed = sum(1 for t in data.get("tests", []) if t.get("outcome") == "failed")
    return passed, failed


def build_message(project, passed, failed):
    icon = ":white_check_mark:" if failed == 0 else ":x:"
    return {
        "text": f"{icon} {project}: {passed} passed, {failed} failed",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{project}* test run"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": f"passed: {passed}\nfailed: {failed}"}},
        ],
    }


def post(url, payload, timeout=10):
    body = json.dumps(payload).encode("utf-8")
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        log.error("slack answered %s: %s", exc.code, exc.read()[:200])
        return exc.code


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", help="path to report.json")
    parser.add_argument("--project", default=os.environ.get("CI_PROJECT_NAME", "project"))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    url = os.environ.get("SLACK_WEBHOOK_URL")
    if not url and not args.dry_run:
        log.error("SLACK_WEBHOOK_URL is not set")
        return 2
    passed, failed = load_report(args.report)
    message = build_message(args.project, passed, failed)
    if args.dry_run:
        print(json.dumps(message, indent=2))
        return 0
    status = post(url, message)
    log.info("posted, status %s", status)
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
