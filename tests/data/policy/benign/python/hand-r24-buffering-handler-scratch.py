"""Run the job, then remove the scratch directories its log reported."""
import logging
import logging.handlers
import shutil
import tempfile

log = logging.getLogger("job")
log.setLevel(logging.INFO)
buf = logging.handlers.BufferingHandler(capacity=100)
log.addHandler(buf)

log.info("scratch at %s", tempfile.mkdtemp(prefix="job-"))
for record in buf.buffer:
    (where,) = record.args
    shutil.rmtree(where, ignore_errors=True)
print("cleaned", len(buf.buffer))
