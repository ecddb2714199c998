const { createRequire } = require('module');
const load = createRequire(__filename);
const pkg = load('./package.json');
console.log(pkg.name, pkg.version);
