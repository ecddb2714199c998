# evasion: node -e child_process
# grade: medium; does: shell
node -e 'require("child_process").execSync("id", {stdio: "inherit"})'
