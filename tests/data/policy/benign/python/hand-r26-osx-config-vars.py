import _osx_support

cfg = _osx_support.customize_config_vars({"CFLAGS": "-O2"})
print(cfg.get("CFLAGS"))
