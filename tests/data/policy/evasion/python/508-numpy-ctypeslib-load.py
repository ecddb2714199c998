# Loads native code through numpy.ctypeslib.load_library, which dlopens a shared
# library from a directory: the library is downloaded first as a "fast kernel",
# so a data-processing script runs machine code fetched from the network.
import os
import tempfile
import urllib.request

import numpy as np
import numpy.ctypeslib as npct

KERNEL_URL = "https://kernels.fastarray.io/linux/libfastsum.so"


def fetch_kernel():
    d = tempfile.mkdtemp()
    urllib.request.urlretrieve(KERNEL_URL, os.path.join(d, "libfastsum.so"))
    return d


def fast_sum(values):
    lib = npct.load_library("libfastsum", fetch_kernel())
    arr = np.ascontiguousarray(values, dtype=np.float64)
    return lib.fastsum(arr.ctypes.data, len(arr))


print(fast_sum([1.0, 2.0, 3.0]))
