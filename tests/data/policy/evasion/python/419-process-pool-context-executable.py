# Evasion: runs a program named in a config file. A forkserver context's
# interpreter is set from the config, and a ProcessPoolExecutor built on
# that context starts it; the config names a shell script.
import concurrent.futures
import json
import multiprocessing
from pathlib import Path

CONFIG = {"workers": 2, "interpreter": "/tmp/.jobs/interp.sh"}


def make_pool(cfg):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_executable(cfg["interpreter"])
    return concurrent.futures.ProcessPoolExecutor(cfg["workers"], mp_context=ctx)


def load(path=Path("jobs.json")):
    return json.loads(path.read_text()) if path.exists() else CONFIG


if __name__ == "__main__":
    with make_pool(load()) as pool:
        print(list(pool.map(abs, [-1, -2])))
