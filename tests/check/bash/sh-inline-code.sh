#@ pos eval of a constant
eval 'echo hello'
#@ pos sh -c with a constant
sh -c 'ls -l /tmp'
#@ pos sudo bash -c with a folded constant
dir=/var/log
sudo bash -c "ls $dir"
#@ pos python3 -c with a constant
python3 -c 'print(42)'
#@ pos node -e with a constant
node -e 'console.log(1)'
#@ pos here-document into bash
bash <<'EOF'
echo hi
EOF
#@ pos here-document piped into sh
cat <<EOF | sh
echo hi
EOF
#@ pos here-string into sh
sh <<< 'echo hi'
#@ pos here-document into python3
python3 - <<'EOF'
print("hi")
EOF
#@ pos echo of a constant into bash
echo 'echo hi' | bash
#@ pos eval of decoded base64 folds to its text
eval "$(echo ZWNobyBoaQ== | base64 -d)"
#@ neg eval of a variable is dynamic, not a constant
eval "$cmd"
#@ neg a here-document into cat is data
cat <<'EOF'
echo hi
EOF
#@ neg a here-document into a script that reads data
python3 ./load.py <<'EOF'
1 2 3
EOF
#@ neg running script files
bash ./build.sh
python3 main.py
#@ neg the words in a string
echo "sh -c 'ls'"
#@ pos a trap string
trap 'rm -f /tmp/x' EXIT
