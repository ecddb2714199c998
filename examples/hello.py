import os
import platform

print(f"hello from {platform.node()}: uid {os.getuid()}, pid {os.getpid()}, cwd {os.getcwd()}")
