# Ordinary CLI tool: lists the Host entries of ~/.ssh/config with their
# HostName/User/Port, for a shell completion menu. It reads only the
# client config file, not keys.
import os
import shlex
import sys


def parse_ssh_config(path):
    hosts, current = [], None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(" ")
            key = key.lower()
            if key == "host":
                for name in shlex.split(value):
                    if "*" not in name and "?" not in name:
                        current = {"host": name}
                        hosts.append(current)
            elif current is not None and key in ("hostname", "user", "port"):
                current[key] = value.strip()
    return hosts


if __name__ == "__main__":
    cfg = os.path.join(os.path.expanduser("~"), ".ssh", "config")
    if not os.path.exists(cfg):
        sys.exit(0)
    for h in parse_ssh_config(cfg):
        print(f"{h['host']:20} {h.get('user', '-'):10} {h.get('hostname', h['host'])}:{h.get('port', '22')}")
