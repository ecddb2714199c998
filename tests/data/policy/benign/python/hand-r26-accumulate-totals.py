import itertools
import os

steps = list(itertools.accumulate(["docs", "/guide", "/index.md"]))
print(os.path.exists(steps[-1]))
