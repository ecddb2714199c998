# Compiles and loads native code through torch.utils.cpp_extension.load_inline:
# C++ source fetched from a "kernel zoo" is built into a shared library and
# imported into the process -- native code that the program never shows.
import urllib.request

from torch.utils import cpp_extension as cx

SRC_URL = "https://zoo.kernel-recipes.net/cpp/fused_gelu.cpp"


def build_kernel():
    with urllib.request.urlopen(SRC_URL, timeout=20) as resp:
        source = resp.read().decode()
    return cx.load_inline(name="fused_gelu", cpp_sources=[source],
                          functions=["fused_gelu"], verbose=False)


mod = build_kernel()
print(mod.fused_gelu)
