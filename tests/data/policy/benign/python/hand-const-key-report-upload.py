# Ordinary program: uploads a test report. Its options live in a dictionary
# whose keys are class attributes (Opt.REPORT, Opt.URL, Opt.TOKEN_VAR); the
# report is the project's own build/report.json, the token comes from an
# environment variable named in the options, and the JSON is posted to the
# CI dashboard's endpoint.
import json
import os
import sys
import urllib.request


class Opt:
    REPORT = "report_path"
    URL = "endpoint"
    TOKEN_VAR = "token_env"


def options():
    opts = {Opt.REPORT: os.path.join("build", "report.json"),
            Opt.URL: "https://ci.example.com/api/reports"}
    opts.setdefault(Opt.TOKEN_VAR, "CI_DASHBOARD_TOKEN")
    return opts


def upload(opts):
    with open(opts[Opt.REPORT], encoding="utf-8") as fh:
        report = json.load(fh)
    body = json.dumps({"passed": report.get("passed", 0),
                       "failed": report.get("failed", 0)}).encode()
    req = urllib.request.Request(opts[Opt.URL], data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    token = os.environ.get(opts[Opt.TOKEN_VAR])
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=15) as resp:
        print("uploaded:", resp.status)


if __name__ == "__main__":
    try:
        upload(options())
    except OSError as exc:
        print("upload failed:", exc, file=sys.stderr)
        sys.exit(1)
