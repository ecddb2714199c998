"""Restore a job queue snapshot published by the scheduler."""
import json
import urllib.request

SNAPSHOT = "https://scheduler.example.net/queue/snapshot.json"


def main():
    with urllib.request.urlopen(SNAPSHOT) as resp:
        queue = json.loads(resp.read().decode())
    print("jobs restored:", len(queue))


if __name__ == "__main__":
    main()
