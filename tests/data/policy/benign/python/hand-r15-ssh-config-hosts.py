"""Print the host aliases defined in the user's ssh client config."""
import os


def hosts(path):
    out = []
    try:
        with open(path) as fh:
            for line in fh:
                parts = line.strip().split()
                if len(parts) >= 2 and parts[0].lower() == "host":
                    out.extend(p for p in parts[1:] if "*" not in p)
    except FileNotFoundError:
        pass
    return out


if __name__ == "__main__":
    for h in hosts(os.path.join(os.path.expanduser("~"), ".ssh", "config")):
        print(h)
