"""Write a Julia project file into the working directory."""
import os

os.makedirs("julia_env", exist_ok=True)
with open(os.path.join("julia_env", "Project.toml"), "w") as fh:
    fh.write('name = "Lab"\n')
