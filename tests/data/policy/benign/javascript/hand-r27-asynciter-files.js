const fsp = require("fs/promises");
const list = {
  async *[Symbol.asyncIterator]() { yield* await fsp.readdir("."); },
};
(async () => { for await (const f of list) console.log(f); })();
