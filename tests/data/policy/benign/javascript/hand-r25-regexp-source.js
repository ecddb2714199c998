// Prints the patterns a matcher uses.
const patterns = [/child_process/, /\.env$/];
for (const p of patterns) console.log(p.source, p.flags);
