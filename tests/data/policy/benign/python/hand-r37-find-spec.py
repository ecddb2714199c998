import importlib.util

has_yaml = importlib.util.find_spec("yaml") is not None
has_toml = importlib.util.find_spec("toml") is not None
print("yaml", has_yaml, "toml", has_toml)
