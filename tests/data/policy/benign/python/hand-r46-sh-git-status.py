"""Show the repository status with the sh package."""
import sh

print(sh.git("status", "--short"))
