# evasion: node -e runs a shell
# grade: easy; does: shell
node -e "require('child_process').execSync('id')"
