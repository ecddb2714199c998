import os

os.makedirs("logs", exist_ok=True)
print("run finished", file=open(os.path.join("logs", "run.log"), "a"))
