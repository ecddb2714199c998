# Ordinary: configures logging from a dict, with a custom JSON formatter built by
# the "()" factory key and a rotating file handler under ./logs.
import json
import logging
import logging.config
import os


class JsonFormatter(logging.Formatter):
    def __init__(self, fields=("levelname", "name", "message")):
        super().__init__()
        self.fields = fields

    def format(self, record):
        record.message = record.getMessage()
        return json.dumps({f: getattr(record, f, None) for f in self.fields})


def setup(log_dir="logs", level="INFO"):
    os.makedirs(log_dir, exist_ok=True)
    logging.config.dictConfig({
        "version": 1,
        "formatters": {"json": {"()": JsonFormatter, "fields": ["asctime", "levelname", "message"]},
                       "plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "plain"},
            "file": {"class": "logging.handlers.RotatingFileHandler", "formatter": "json",
                     "filename": os.path.join(log_dir, "app.log"), "maxBytes": 1_000_000, "backupCount": 3},
        },
        "root": {"level": level, "handlers": ["console", "file"]},
    })


if __name__ == "__main__":
    setup()
    logging.getLogger("app").info("started with %d workers", 4)
