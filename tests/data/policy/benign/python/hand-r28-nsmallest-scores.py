import heapq
import os

sizes = {}
for entry in os.scandir("."):
    if entry.is_file():
        sizes[entry.name] = entry.stat().st_size
print(heapq.nsmallest(3, sizes, key=sizes.get))
