import json
import os

# Prints the project's Pulumi stack names from the local Pulumi.yaml folder.
names = [f for f in os.listdir(".") if f.startswith("Pulumi.") and f.endswith(".yaml")]
print(json.dumps(sorted(names)))
