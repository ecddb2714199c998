import gc
import time

stats = []


def on_gc(phase, info):
    stats.append((phase, info.get("collected"), time.monotonic()))


gc.callbacks.append(on_gc)
gc.collect()
print(len(stats))
