"""Print the last commits with plumbum."""
from plumbum import local

git = local["git"]
print(git["log", "--oneline", "-5"]())
