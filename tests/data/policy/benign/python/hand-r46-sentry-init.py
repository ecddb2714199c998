"""Set up error reporting."""
import sentry_sdk

sentry_sdk.init(dsn="https://abc123@o0.ingest.example-errors.io/1", traces_sample_rate=0.1)


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as exc:
        sentry_sdk.capture_exception(exc)
        return None


print(divide(1, 0))
