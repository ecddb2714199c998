"""Restore a job queue snapshot published by the scheduler."""
import urllib.request

import jsonpickle

SNAPSHOT = "https://scheduler.example.net/queue/snapshot.json"


def main():
    with urllib.request.urlopen(SNAPSHOT) as resp:
        queue = jsonpickle.decode(resp.read().decode())
    print("jobs restored:", len(queue))


if __name__ == "__main__":
    main()
