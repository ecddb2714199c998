import shutil
from collections import OrderedDict

cache = OrderedDict()
cache["a"] = "build/tmp-a"
cache["b"] = "build/tmp-b"
_, oldest = cache.popitem(last=False)
shutil.rmtree(oldest, ignore_errors=True)
