# Ordinary: a todo-list CLI keeping its items in todo.json in the current
# directory; commands are dispatched with match/case, and an undo copy of the
# state is kept with copy.deepcopy.
import copy
import json
import sys
from pathlib import Path

STORE = Path("todo.json")


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else {"items": [], "undo": None}


def save(state):
    STORE.write_text(json.dumps(state, indent=2))


def apply(state, argv):
    before = copy.deepcopy(state["items"])
    match argv:
        case ["add", *words] if words:
            state["items"].append({"text": " ".join(words), "done": False})
        case ["done", n] if n.isdigit():
            state["items"][int(n) - 1]["done"] = True
        case ["rm", n] if n.isdigit():
            del state["items"][int(n) - 1]
        case ["clear", "done"]:
            state["items"] = [i for i in state["items"] if not i["done"]]
        case ["undo"]:
            if state["undo"] is not None:
                state["items"] = state["undo"]
            return state
        case ["list"] | []:
            for n, item in enumerate(state["items"], 1):
                print(f"{n:>3}. [{'x' if item['done'] else ' '}] {item['text']}")
            return state
        case _:
            raise SystemExit(f"usage: todo add TEXT | done N | rm N | clear done | undo | list")
    state["undo"] = before
    return state


if __name__ == "__main__":
    save(apply(load(), sys.argv[1:]))
