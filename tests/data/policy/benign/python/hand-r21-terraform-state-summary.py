"""Count the resources in the project's Terraform state."""
import json
import pathlib

state = json.loads(pathlib.Path("terraform.tfstate").read_text())
kinds = {}
for res in state.get("resources", []):
    kinds[res["type"]] = kinds.get(res["type"], 0) + 1
for kind, count in sorted(kinds.items()):
    print(f"{kind}: {count}")
