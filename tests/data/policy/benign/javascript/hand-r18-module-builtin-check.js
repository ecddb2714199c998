// Prints whether some names are Node built-in modules.
const Module = require('module');
for (const name of ['fs', 'child_process', 'left-pad']) {
  console.log(name, Module.isBuiltin(name));
}
