// Writes elvish completions for the project's CLI into dist/completions/.
const fsp = require("fs/promises");
const path = require("path");
(async () => {
  const out = path.resolve("dist", "completions", "mytool.elv");
  await fsp.mkdir(path.dirname(out), { recursive: true });
  await fsp.writeFile(out, "set edit:completion:arg-completer[mytool] = {|@a| put build test }\n");
})();
