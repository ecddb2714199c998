"""Write the project's R settings next to the analysis scripts."""
import os

path = os.path.join("analysis", ".Rprofile")
os.makedirs("analysis", exist_ok=True)
with open(path, "w") as f:
    f.write('options(repos = c(CRAN = "https://cloud.r-project.org"))\n')
    f.write('options(digits = 4)\n')
