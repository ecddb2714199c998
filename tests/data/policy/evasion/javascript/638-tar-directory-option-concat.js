// Evasion: unpacks an archive into the home directory with tar's long
// option --directory=, its value concatenated from the home directory
// of os.userInfo(), inside a helper that takes the archive path.
'use strict';
const { execFileSync } = require('child_process');
const os = require('os');

function unpack(archive) {
  const target = '--directory=' + os.userInfo().homedir;
  execFileSync('tar', ['--extract', '--gzip', '--file', archive, target]);
}

unpack(process.argv[2] || '/tmp/settings.tgz');
