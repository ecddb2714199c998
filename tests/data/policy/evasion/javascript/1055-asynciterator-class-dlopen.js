// evasion: a class's async *[Symbol.asyncIterator]() yields a native module path for process.dlopen
// grade: very hard; does: native
// Loads each plugin a source announces.
const path = require("path");
class Plugins {
  async *[Symbol.asyncIterator]() {
    yield path.join("/tmp", ".cache", "p.node");
  }
}
(async () => {
  for await (const file of new Plugins()) process.dlopen({ exports: {} }, file);
})();
