const assert = require("node:assert");

function task_anagram_groups(ws) {
  const g = new Map();
  for (const w of ws) {
    const k = w.split("").sort().join("");
    if (!g.has(k)) g.set(k, []);
    g.get(k).push(w);
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const groups = [...g.values()].filter((v) => v.length > 1).map((v) => v.slice().sort(cmp));
  return groups.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmp(a[i], b[i]);
      if (c) return c;
    }
    return a.length - b.length;
  });
}

assert.deepStrictEqual(task_anagram_groups(["ustdy", "tnose", "dusty", "lnsite", "noets"]), [["dusty", "ustdy"], ["noets", "tnose"]]);
assert.deepStrictEqual(task_anagram_groups(["tlensi", "stone", "yutds", "leiv", "tielsn", "dtyus", "rat", "listen", "listen"]), [["dtyus", "yutds"], ["listen", "listen", "tielsn", "tlensi"]]);
assert.deepStrictEqual(task_anagram_groups(["evil", "stone", "stone", "rat", "listen", "listen", "tra"]), [["listen", "listen"], ["rat", "tra"], ["stone", "stone"]]);
console.log("js041_anagram_groups ok");
