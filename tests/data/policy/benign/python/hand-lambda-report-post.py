# Ordinary program: posts a test summary to a chat webhook. A lambda reads
# the project's own JUnit-style summary file (reports/summary.txt), another
# builds the message, and the text is posted with urllib to the webhook
# address given in the WEBHOOK_URL environment variable.
import json
import os
import sys
import urllib.request

read = lambda name: open(os.path.join("reports", name), encoding="utf-8").read()
message = lambda text: {"text": "Test run finished:\n" + text.strip()}


def post(url, payload):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status


def main():
    url = os.environ.get("WEBHOOK_URL")
    if not url:
        print("WEBHOOK_URL is not set", file=sys.stderr)
        return 1
    print("posted:", post(url, message(read("summary.txt"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
