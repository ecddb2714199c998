"""Read config files by priority and show the first one."""
import heapq
import os

queue = []
heapq.heappush(queue, (2, "/etc/hostname"))
heapq.heappush(queue, (1, os.path.join("config", "app.ini")))
_, first = heapq.heappop(queue)
if os.path.exists(first):
    with open(first) as fh:
        print(fh.read())
