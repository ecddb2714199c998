import os

out_dir = os.path.join("build", "scripts")
os.makedirs(out_dir, exist_ok=True)
with open(os.path.join(out_dir, "setup.ps1"), "w") as f:
    f.write("Write-Host 'Setting up build'\n$env:BUILD_MODE = 'release'\n")
print("wrote", out_dir)
