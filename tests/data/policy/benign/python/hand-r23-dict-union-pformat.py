"""Print merged defaults and overrides."""
import pprint

defaults = {"workers": 2, "verbose": False}
settings = defaults | {"verbose": True}
print(pprint.pformat(settings))
