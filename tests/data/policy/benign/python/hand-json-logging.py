"""Structured JSON logging with a rotating file handler in a scratch
directory; the demo writes a few records, reads them back and cleans up."""
import json
import logging
import logging.handlers
import os
import shutil
import tempfile
import time


class JsonFormatter(logging.Formatter):
    RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", (), None)))

    def format(self, record):
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in self.RESERVED and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def make_logger(directory):
    logger = logging.getLogger("jobs")
    logger.setLevel(logging.DEBUG)
    handler = logging.handlers.RotatingFileHandler(
        os.path.join(directory, "jobs.log"), maxBytes=4096, backupCount=2
    )
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    return logger, handler


def main():
    scratch = tempfile.mkdtemp(prefix="jsonlog-")
    logger, handler = make_logger(scratch)
    try:
        for job in range(40):
            logger.info("job finished", extra={"job": job, "duration_ms": job * 7})
        try:
            1 / 0
        except ZeroDivisionError:
            logger.exception("job crashed", extra={"job": 41})
        handler.flush()
        files = sorted(os.listdir(scratch))
        records = []
        for name in files:
            with open(os.path.join(scratch, name), encoding="utf-8") as fh:
                records.extend(json.loads(line) for line in fh)
        assert any(r.get("exc") for r in records)
        print(f"{len(records)} records in {files}")
    finally:
        logger.removeHandler(handler)
        handler.close()
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
