const util = require('util');
const opts = { depth: 2, colors: false, env: process.env.NODE_ENV };
console.log(util.inspect(opts));
