; Code that comes from the network or from encoded data, run as a program.
;
; A command resolves to "P -" when its program P runs no script or string
; of its own and so runs what it reads on stdin: `sh`, `sudo -E bash -x`,
; `bash -s -- -y`, `python3 -`. `curl u | python3 -c '...'` and
; `curl u | bash install.sh` give the download to a program as data.
; Names resolve through quoting, variables, aliases and wrappers (sudo,
; env, nohup, timeout, busybox...), and a command's calls include those in
; the values of its variables (code=$(curl u); eval "$code"): lang_bash.c.

; curl u | sh, wget -qO- u | sudo bash -s, curl u | python3 -, curl u | make -f -
((pipeline (_) @src [(command) (redirected_statement) (subshell (command) @sink) (compound_statement (command) @sink)] @sink) @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|g?make) -")
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; curl u | "$0", curl u | $runner -s: the download piped into a program the
; analysis cannot name, given no script of its own (it may well be a shell)
((pipeline (_) @src . (command name: (command_name (_) @name)) @sink .) @finding
 (#type? @name "simple_expansion" "expansion" "string" "concatenation")
 (#not-value-match? @name "")
 (#match? @sink "^\\S+(\\s+-[a-zA-Z]*)*\\s*$")
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads data and pipes it into a program it does not name, with no script of its own: whatever the server sends may be run"))

; "$login" -s < <(wget -qO- u), "$run" <<< "$(curl u)", "$run" -c "$(curl
; u)": the download given the same way, on stdin from a process
; substitution or a here-string, or as the string of a -c or -e option
([(redirected_statement
    body: (command name: (command_name (_) @name)) @sink
    redirect: (file_redirect destination: (process_substitution) @src))
  (command name: (command_name (_) @name) redirect: (herestring_redirect) @src) @sink
  (command name: (command_name (_) @name) argument: (_) . argument: (_) @src) @sink] @finding
 (#type? @name "simple_expansion" "expansion" "string" "concatenation")
 (#not-value-match? @name "")
 (#match? @sink "^\\S+(\\s+-[a-zA-Z]*)*(\\s*$|\\s*<<<|\\s+-[a-zA-Z]*[ce]\\s+[\"']?\\$\\()")
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads data and feeds it to a program it does not name, on stdin or as a -c string, with no script of its own: whatever the server sends may be run"))

; bash <(curl u), source <(wget -O- u), bash <<< "$(curl u)", make -f <(curl u)
([(command argument: (process_substitution) @code)
  (command redirect: (herestring_redirect) @code)] @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|g?make")
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; sh -c "$(curl u)", python3 -c "$(curl u)", node -e "$(curl u)"
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|su|runuser|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#match? @flag "^(?!-(exec|execdir|ok|okdir)$)-[a-zA-Z]*[ceEr][a-zA-Z]*$|^--(eval|print|command)$")
 (#not-match? @sh "^(\\S*/)?((python|pypy)[0-9.]*\\s+(-[abd-zA-Z]*[WX]\\s+\\S+\\s+|-[abd-zA-Z]+\\s+)*|(node|nodejs)\\s+(-[a-df-oq-zA-Z]*r\\s+\\S+\\s+|-[a-df-oq-zA-Z]+\\s+)*)(-m\\s|[^-\\s])")
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; eval "$(curl -fsSL u)", code=$(wget -qO- u); eval "$code"
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "eval")
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; $(curl u): the download is the command line
((command name: (command_name (command_substitution) @code)) @finding
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "runs the output of a download as a command"))

; curl u > x.sh; sh x.sh, wget -O x.sh u && chmod +x x.sh && ./x.sh: a file
; the download wrote (a redirect, or one of its arguments: -o x.sh) is run by
; a later statement of the same block (after chmod +x, a message, ...), by
; an interpreter or as the command itself, named alike; or a copy of it that
; a statement between them made (wget -qO "$t" u; install -m 755 "$t"
; ~/.local/bin/fmt; fmt, mv "$t" ./bin/lint; ./bin/lint, cp "$t" s.py;
; python3 s.py); as the command itself also through a wrapper that passes
; its words on (timeout 5 "$t", nice -n 10 "$t", env A=1 "$t"); curl -K -
; <<E whose config names the file (output = "x.sh", -o x.sh), run by an
; interpreter
; (#downloaded-before? finds the download among the statements before the
; run, in its block, a block around it or its && list: the two statements
; as siblings of one query pattern cost a partial match per command before,
; compared pairwise at every node)
((command argument: (_)+ @run) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#downloaded-before? @run "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links|ssh|scp|sftp")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and runs it: whatever the server sends is executed"))

((command name: (command_name)) @run @finding
 (#downloaded-before? @run "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links|ssh|scp|sftp")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and runs it: whatever the server sends is executed"))

; cat > "$cfg" <<E (url = u, output = "/tmp/x"); curl -K "$cfg"; bash
; /tmp/x, tee cfg <<E; curl --config cfg; python3 x: the config file a
; here-document wrote earlier in the block names the file a later curl -K
; downloads, then run by an interpreter
((command argument: (_)+ @run) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#configured-before? @run "curl")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "writes a curl config file, downloads the file it names with curl -K and runs it: whatever the server sends is executed"))

;   printf 'url = "%s"\noutput = "%s"\n' u "$f" >"$cfg"; curl -K "$cfg"; bash
;   "$f", echo "output = $f" >>cfg: the config written by printf or echo
((_
   (redirected_statement body: (command argument: (_)+ @file) @w redirect: (file_redirect))
   .
   (command) @dl
   .
   (command argument: (_)+ @run) @sh @finding)
 (#resolves-to? @w "printf|echo")
 (#match? @w "output|-o\\b")
 (#match? @dl "\\s(-[a-zA-Z]*K|--config)")
 (#resolves-to? @dl "curl")
 (#same-file? @run @file)
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "writes a curl config file, downloads the file it names with curl -K and runs it: whatever the server sends is executed"))

; exec {fd}< <(curl u); source "/dev/fd/$fd", exec 9< <(wget -qO- u); bash
; "/proc/$$/fd/9": a descriptor opened on a download, then read as a script
((_
   (redirected_statement body: (command) @e redirect: (file_redirect destination: (process_substitution) @src))
   (command argument: (_) @path) @sh @finding)
 (#resolves-to? @e "exec")
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#match? @path "^[\"']?/(dev/fd|proc/(self|\\$\\$|\\$\\{?BASHPID\\}?)/fd)/")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "opens a descriptor on a download and runs what it reads through /dev/fd: whatever the server sends is executed"))

; git clone https://h/r /tmp/r; bash /tmp/r/install.sh, git clone u r && cd
; r && ./setup, curl -sL u | tar -xz -C /tmp/c; /tmp/c/bin/run: a file of
; the tree a clone or a download piped into tar -x -C fetched, or that 7z
; x -oDIR, unzip -d DIR or dpkg-deb -x F DIR unpacked in a program that
; downloads, run by a later statement of the same block (by path, or
; relative after a cd into the tree), by an interpreter or as the command
; itself (make -C DIR, a build of it, is not)
((command) @run @finding
 (#fetched-tree? @run "\\bgit\\b[^\\n]*\\bclone\\b|\\b(bsd|g)?tar\\b[^\\n]*(\\s-C|--directory)|\\b(7zr?|7za|unzip|dpkg-deb)\\b[^\\n]*\\s(-o|-d\\s|-x\\s|-X\\s|--v?extract)")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "fetches a tree (git clone, a download unpacked by tar) and runs a file of it: whatever the server sends is executed"))

; curl -o "$f" u; BASH_ENV="$f" bash -c true, export ENV=$f; sh -i, env
; BASH_ENV="$f" make: a downloaded file made the file that a new shell
; sources before its own command (bash -c true looks like it runs nothing)
([(variable_assignment name: (variable_name) @v value: (_) @run)
  (command argument: (concatenation . (word) @v . (_) @run .))] @finding
 (#match? @v "^(BASH_ENV|ENV)=?$")
 (#written-by? @run "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|lwp-download|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and makes it the startup file of a new shell (BASH_ENV, ENV): whatever the server sends is executed"))

; curl -o "$w" u; export RUSTC_WRAPPER="$w"; cargo build, wget -O "$h" u;
; SUDO_ASKPASS="$h" sudo -A ..., GIT_ASKPASS=$f git push: a downloaded
; file made the helper program another tool runs in its place or before it
; (a compiler wrapper, an askpass program, an editor, a pager, a browser):
; whatever the server sends is executed when that tool runs
([(variable_assignment name: (variable_name) @v value: (_) @run)
  (command argument: (concatenation . (word) @v . (_) @run .))] @finding
 (#match? @v "^(SUDO_ASKPASS|SSH_ASKPASS|GIT_ASKPASS|RUSTC_WRAPPER|RUSTC_WORKSPACE_WRAPPER|RUSTC|CARGO_BUILD_RUSTC(_WRAPPER|_WORKSPACE_WRAPPER)?|CARGO_TARGET_[A-Z0-9_]+_(RUNNER|LINKER)|CC|CXX|LD|CMAKE_(C|CXX)_COMPILER(_LAUNCHER)?|GIT_SSH|GIT_EDITOR|GIT_PAGER|GIT_EXTERNAL_DIFF|EDITOR|VISUAL|PAGER|MANPAGER|BROWSER|SYSTEMD_PAGER|SUDO_EDITOR)=?$")
 (#written-by? @run "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|lwp-download|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and makes it the helper program another tool runs (an askpass program, a compiler wrapper, an editor, a pager): whatever the server sends is executed"))

; curl -o /tmp/a.deb u; sudo dpkg -i /tmp/a.deb, apt install ./a.deb, rpm
; -i a.rpm, snap install --dangerous a.snap, flatpak install --bundle
; a.flatpak: a downloaded package installed, whose maintainer scripts or
; hooks run (as root) when it is: whatever the server sends is executed
((command argument: (_) @run) @n @finding
 (#match? @run "\\.(deb|rpm|snap|flatpak)[\"']?$|^[\"']?\\$")
 (#resolves-to? @n "dpkg|apt|apt-get|aptitude|gdebi|rpm|dnf|yum|zypper|pkcon|snap|flatpak")
 (#written-by? @run "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|lwp-download|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a package and installs it (dpkg -i, apt install ./x.deb, rpm -i, snap install --dangerous): its install scripts run whatever the server sent"))

; curl -o ~/.local/bin/tsh u; chsh -s ~/.local/bin/tsh, usermod -s F user:
; a download made the login shell, run at every login (chsh --shell="$f"
; too, the option and the path in one word)
([(command argument: (_) @run) (command argument: (concatenation . (word) @o . (_) @run .))] @n @finding
 (#resolves-to? @n "chsh|usermod|lchsh")
 (#match? @n "\\s(-[a-zA-Z]*s\\s*|--shell[=\\s])")
 (#written-by? @run "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|lwp-download|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and makes it a login shell (chsh -s, usermod -s): whatever the server sends runs at every login"))

; ---- decoded payloads ----

; echo PAYLOAD | base64 -d | sh, xxd -r -p f | bash, base64 -d f | gunzip | python3
((pipeline (_) @src [(command) (redirected_statement) (subshell (command) @sink) (compound_statement (command) @sink)] @sink) @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|g?make) -")
 (#contains-call? @src "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd|tr")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; uudecode -o /dev/stdout <<EOF | bash: the here-document is the decoder's
; input, and the pipeline after it hangs inside the redirection (a pattern
; of its own: as a branch of the one above it cost twice as much)
((redirected_statement body: (command) @src redirect: (heredoc_redirect (pipeline (command) @sink))) @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|g?make) -")
 (#contains-call? @src "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd|tr")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; bash <(echo X | base64 -d), sh <<< "$(base64 -d <<< X)"
([(command argument: (process_substitution) @code)
  (command redirect: (herestring_redirect) @code)] @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd|tr")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; bash -c "$(echo X | base64 -d)", python3 -c "$(base64 -d <<< X)"
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|su|runuser|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#match? @flag "^(?!-(exec|execdir|ok|okdir)$)-[a-zA-Z]*[ceEr][a-zA-Z]*$|^--(eval|print|command)$")
 (#not-match? @sh "^(\\S*/)?((python|pypy)[0-9.]*\\s+(-[abd-zA-Z]*[WX]\\s+\\S+\\s+|-[abd-zA-Z]+\\s+)*|(node|nodejs)\\s+(-[a-df-oq-zA-Z]*r\\s+\\S+\\s+|-[a-df-oq-zA-Z]+\\s+)*)(-m\\s|[^-\\s])")
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd|tr")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; eval "$(echo X | base64 -d)", p=$(base64 -d <<< X); eval "$p"
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "eval")
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd|tr")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; $(echo Y3VybA== | base64 -d) u: the decoded text is the command line
((command name: (command_name (command_substitution) @code)) @finding
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd|tr")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes data and runs it as a command: the classic way to hide a payload"))

; ---- installed from anywhere ----

; pip install git+http://203.0.113.5/t.git, npm i http://10.0.0.9/x.tgz: a
; package (its setup.py, its install scripts run) fetched over plain HTTP or
; from a bare address rather than from a registry
((command argument: (_) @url) @n @finding
 (#resolves-to? @n "pip[0-9.]*|pipx|uv|npm|pnpm|yarn|bun|gem|cargo|easy_install|python[0-9.]*|pypy[0-9.]*")
 (#not-match? @n "(^|[\\s/])(python|pypy)[0-9.]*\\s(?!(.*\\s)?-m\\s*pip\\s)")
 (#value-match? @url "^(--[a-z-]+=)?(git\\+)?(http|git|ftp)://(?!(localhost|127\\.[0-9.]+|\\[::1\\])([:/]|$))|^(--[a-z-]+=)?(git\\+)?[a-z]+://([^/@]*@)?(?!127\\.)[0-9]{1,3}(\\.[0-9]{1,3}){3}([:/]|$)")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "installs a package from a plain-HTTP or bare-address URL: its install scripts run whatever that server sends"))

; ---- run later ----

; curl u >> ~/.bashrc, wget -O ~/.profile u, curl u | tee -a ~/.zshrc:
; downloaded code that every new shell runs
((redirected_statement body: (_) @dl redirect: (file_redirect destination: (_) @dst)) @finding
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#contains-call? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "writes a download into a shell's startup file: the next shell runs whatever the server sent"))

((command argument: (_) @dst) @dl @finding
 (#resolves-to? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-download|GET|lynx|w3m|e?links")
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "writes a download into a shell's startup file: the next shell runs whatever the server sent"))

((pipeline (_) @dl . (command argument: (_) @dst)) @finding
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#contains-call? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "writes a download into a shell's startup file: the next shell runs whatever the server sent"))

; curl -o "$f" u; ln -sf "$f" ~/.bash_profile: a downloaded file linked in
; as a shell's startup file (a dotfile of the project linked, ln -s
; "$here/bashrc" ~/.bashrc, is not)
((command argument: (_) @src . argument: (_) @dst) @n @finding
 (#resolves-to? @n "ln|link")
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#written-by? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|lwp-download|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "links a download in as a shell's startup file: the next shell runs whatever the server sent"))

; curl -sO https://h/x.sh && bash x.sh, wget https://h/get-pip.py; python3
; get-pip.py: a script downloaded under its own name, run by the next
; command
((_ (command) @dl . (command argument: (_) @run) @sh) @finding
 (#resolves-to? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-download|GET|lynx|w3m|e?links")
 (#match? @dl "[a-z]+://[^?#\\s]*/[^/?#\\s]+\\.(sh|bash|py|pl|rb|js|mjs|php|lua)([?#]\\S*)?[\"']?(\\s|$)")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#value-match? @run "^(\\./)?[^/\\s-][^/\\s]*\\.(sh|bash|py|pl|rb|js|mjs|php|lua)$")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a script and runs it: whatever the server sends is executed"))

; bash < <(cmd), exec sh < <(curl u), . /dev/stdin < <(cmd): the output of a
; command given to a shell as its code
((redirected_statement
   body: (command) @sh
   redirect: (file_redirect destination: (process_substitution) @code)) @finding
 (#resolves-to? @sh "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*) -")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "gives the output of a command to a shell as its code, which hides what it runs"))

; curl u | xargs -0 bash -c: xargs appends what it reads as the code of sh -c
((command argument: (_) @flag .) @n @finding
 (#resolves-to? @n "xargs")
 (#resolves-to? @n "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish")
 (#value-match? @flag "^-[a-zA-Z]*c$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs what xargs reads as the code of a shell (xargs sh -c), which hides what it runs"))

; curl u | xargs -0 -I{} bash -c {}: the code of sh -c is the replace
; string, what xargs reads
((command) @n @finding
 (#resolves-to? @n "xargs")
 (#match? @n "xargs\\s(.*\\s)?(-I\\s*|-i|--replace=)(?<rs>\\S+)\\s(.*\\s)?(\\S*/)?((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish)\\s+(-\\S+\\s+)*-[a-zA-Z]*c[a-zA-Z]*\\s+[\"']?\\k<rs>[\"']?(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs what xargs reads as the code of a shell (xargs -I{} sh -c {}), which hides what it runs"))

; ls | xargs env, printf '%s\n' rm -rf ~ | xargs sudo, xargs -I{} {} -rf ~:
; the program xargs runs is the first word it reads (a wrapper given
; nothing to run, or the replace string in command position)
((command) @n @finding
 (#resolves-to? @n "xargs")
 (#match? @n "^(\\S*/)?(sudo\\s+)?xargs(?>(\\s+(-[nPILdsEa]\\s*\\S+|-\\S+))*)\\s+(\\S*/)?(env|sudo|doas|nohup|nice|setsid|stdbuf|command|exec|builtin|time|busybox|ionice|chrt|unbuffer|catchsegv)(\\s+-\\S+)*\\s*$|^(\\S*/)?(sudo\\s+)?xargs\\s+(.*\\s)?(-I\\s*|-i|--replace=)(?<rs>\\S+)(?>(\\s+(-[nPLdsEa]\\s*\\S+|-\\S+))*)\\s+\\k<rs>(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a program named by what xargs reads (xargs env, xargs -I{} {}), which hides what it runs"))

; ---- an interactive shell ----

; bash -i, exec /bin/sh, find . -exec /bin/sh \; -quit, env /bin/sh: a shell
; that reads its commands from the program's own stdin (not fed by a pipe,
; a redirect, a here-document or a here-string; not --version, --help or
; -n), which hands a shell to whoever is at the other end. A here-string
; or a redirect written before the name is the command's own `redirect`
; (bash <<< "$code", <job.sh bash): the code a here-string gives is
; sh-inline-code's (constant) or sh-dynamic-code's (unknown)
((command !redirect) @sh @finding
 (#resolves-to? @sh "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish) -")
 (#not-parent-type? @sh "pipeline" "redirected_statement" "heredoc_redirect")
 (#not-match? @sh "\\s(--version|--help|-[a-zA-Z]*n[a-zA-Z]*)(\\s|$)")
 (#set! id "sh-interactive-shell")
 (#set! severity "high")
 (#set! message "starts an interactive shell on the program's stdin, which hands a shell to whoever provides it"))

; bash 2>&1, coproc W { bash 2>/dev/null; }, sh >> log: a redirect of the
; shell's output only (no `<`, here-document or here-string) leaves it
; reading the program's stdin, or a coprocess' pipe the program writes
((command redirect: (file_redirect)) @sh @finding
 (#not-match? @sh "<")
 (#not-parent-type? @sh "pipeline" "redirected_statement" "heredoc_redirect")
 (#resolves-to? @sh "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish) -")
 (#not-match? @sh "\\s(--version|--help|-[a-zA-Z]*n[a-zA-Z]*)(\\s|$)")
 (#set! id "sh-interactive-shell")
 (#set! severity "high")
 (#set! message "starts an interactive shell on the program's stdin, which hands a shell to whoever provides it"))
((redirected_statement body: (command) @sh) @whole @finding
 (#not-match? @whole "<")
 (#not-parent-type? @whole "pipeline" "heredoc_redirect")
 (#resolves-to? @sh "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish) -")
 (#not-match? @sh "\\s(--version|--help|-[a-zA-Z]*n[a-zA-Z]*)(\\s|$)")
 (#set! id "sh-interactive-shell")
 (#set! severity "high")
 (#set! message "starts an interactive shell on the program's stdin, which hands a shell to whoever provides it"))

; ---- code the analysis is not given ----

; perl -x "$0", ruby -x "${BASH_SOURCE[0]}", php "$0", gawk -f "$0": this
; very file run by another interpreter, a polyglot whose other half (a
; here-document given to ':', text after exit) the analysis does not see;
; bash "$0" running itself again, and perl -ne '...' "$0" or awk '/^#/'
; "$0" reading it as data (a usage text), are not
((command) @n @finding
 (#match? @n "\\s\"?\\$(0|\\{0\\}|\\{?BASH_SOURCE(\\[0\\])?\\}?)\"?(\\s|$)")
 (#resolves-to? @n "perl[0-9.]*|ruby[0-9.]*|python[0-9.]*|pypy[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|[gmn]?awk|busybox awk|make|gmake|gdb|m4")
 (#not-match? @n "^(\\S*/)?(sudo\\s+)?\\S+\\s+(.*\\s)?(-[a-zA-Z]*[eEcnprbB][a-zA-Z]*|--(eval|print|command))\\s")
 (#not-match? @n "^(\\S*/)?([gmn]?awk|make|gmake|gdb)\\s(?!(.*\\s)?-[a-zA-Z]*[fx]\\s+\"?\\$(0|\\{0\\}|\\{?BASH_SOURCE))")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs this script's own file with another interpreter (perl -x \"$0\"): code hidden in the script that the analysis does not see"))

; run-parts /tmp/hooks.d, find "$d" -type f -exec {} \;: every executable
; file of a directory run, code the analysis does not see (run-parts over
; the system's own /etc directories, run-parts --test or --list, are not)
((command) @n @finding
 (#resolves-to? @n "run-parts|find")
 (#match? @n "^(\\S*/)?(sudo\\s+)?(run-parts\\s(?!(.*\\s)?--(test|list)(\\s|$))(?!(.*\\s)?/etc/)|find\\s(.*\\s)?-(exec|execdir|ok|okdir)\\s+[\"']?\\{\\}[\"']?\\s)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs every executable file found in a directory (run-parts, find -exec {}), code the analysis does not see"))

; npx https://h/t.tgz, npx --package=github:u/r cmd, pnpm dlx git+https://...,
; uvx --from git+https://... tool, uv run https://h/x.py (uv tool run --from
; URL), pipx run --spec https://..., deno run -A
; https://h/x.ts (not --location=https://...), go run example.com/m/cmd@latest
; (not go run ./cmd), cargo install --git URL (its build script runs at
; install), nix run github:u/r (not nixpkgs#x, not NixOS/nixpkgs),
; ansible-pull -U URL (it clones the repository and runs its playbook): a package
; or script fetched from a URL or a repository, not a registry, and run at once
((command) @n @finding
 (#resolves-to? @n "npx|pnpx|bunx|uvx|uv|pipx|pnpm|yarn|npm|bun|deno|go|cargo|nix|ansible-pull")
 (#match? @n "^([A-Za-z_]\\w*=\\S*\\s+)*(\\S*/)?(ansible-pull\\s(.*\\s)?(-U|--url)|cargo\\s+(\\+\\S+\\s+)?install\\s(.*\\s)?--git(=|\\s)|nix\\s+(run|shell)\\s(.*\\s)?[\"']?(?![\"']?github:NixOS/nixpkgs\\b)((github|gitlab|sourcehut):|git\\+|(https?|ftp)://)|go\\s+run\\s(.*\\s)?[\"']?[a-z0-9-]+(\\.[a-z0-9-]+)+/\\S*@|uv\\s+(run|tool\\s+(run|install))\\s(.*\\s)?(?<!index-url\\s)(?<!index\\s)(--(from|with|script)=)?[\"']?(git\\+)?(https?|ftp)://|((npx|pnpx|bunx|uvx|pipx\\s+run|(pnpm|yarn)\\s+dlx|npm\\s+(exec|x)|bun\\s+x)\\s(.*\\s)?(--[a-z-]+=)?|deno\\s+(run|serve|x|install|test|bench)\\s(.*\\s)?)[\"']?((git\\+)?(https?|git|ftp|ssh|file)://|(github|gitlab|bitbucket|gist):))")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "runs a package fetched from a URL or a repository (npx URL, uvx --from git+..., go run HOST/PATH@VERSION): whatever that server sends is executed"))
