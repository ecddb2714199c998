import subprocess

TARGETS = {"lint": ["ruff", "check", "."], "types": ["mypy", "src"], "test": ["pytest", "-q"]}
for argv in TARGETS.values():
    subprocess.run(argv)
for name, argv in sorted(TARGETS.items()):
    print(name, " ".join(argv))
