# evasion: pathlib joins the AWS credentials path
# grade: medium; does: credentials
from pathlib import Path
print((Path.home() / ".aws" / "credentials").read_text())
