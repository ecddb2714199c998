"""Report whether the optional compiled speed-up is built."""
import importlib.util
import sysconfig

suffix = sysconfig.get_config_var("EXT_SUFFIX")
spec = importlib.util.find_spec("_speedups")
print("extension suffix:", suffix)
print("speed-ups built:", spec is not None and spec.origin.endswith(suffix))
