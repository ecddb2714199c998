import subprocess

STEPS = {"status": ["git", "status", "--short"], "log": ["git", "log", "-1", "--oneline"]}
for name, argv in STEPS.items():
    print("==", name)
    subprocess.run(argv, check=True)
