import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "iota.txt")
    with open(path, "w") as f:
        for i in range(7):
            f.write(f"line {i}\n")
    with open(path) as f:
        lines = f.read().splitlines()
    print(len(lines), os.path.basename(path))
    assert lines[-1] == "line 6"
