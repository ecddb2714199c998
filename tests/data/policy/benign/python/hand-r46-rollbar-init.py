"""Report a handled error to Rollbar."""
import rollbar

rollbar.init("0123456789abcdef", environment="staging")
try:
    1 / 0
except ZeroDivisionError:
    rollbar.report_exc_info()
