import os

pid = os.posix_spawnp("ls", ["ls", "-l", "."], dict(os.environ))
print(os.waitpid(pid, 0))
