"""Show which Oracle Cloud region the CLI is pointed at."""
import os

print(os.environ.get("OCI_CLI_REGION", "not set"))
