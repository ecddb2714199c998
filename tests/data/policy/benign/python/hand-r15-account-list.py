"""List local login accounts with their shells."""
import pwd


def accounts():
    for entry in pwd.getpwall():
        if entry.pw_uid >= 1000 and not entry.pw_shell.endswith("nologin"):
            yield entry.pw_name, entry.pw_dir, entry.pw_shell


def main():
    for name, home, shell in sorted(accounts()):
        print(f"{name:16} {home:28} {shell}")


if __name__ == "__main__":
    main()
