"""List the distinct tags in order of first use."""
tags = ["py", "cli", "py", "docs", "cli"]
print(", ".join(dict.fromkeys(tags)))
