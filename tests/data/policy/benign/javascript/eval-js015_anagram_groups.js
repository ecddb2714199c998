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

assert.deepStrictEqual(task_anagram_groups(["yudts", "evil", "soetn", "tra"]), []);
assert.deepStrictEqual(task_anagram_groups(["dusty", "atr", "eliv", "dutsy", "dusty", "listen", "dusty", "evil"]), [["dusty", "dusty", "dusty", "dutsy"], ["eliv", "evil"]]);
assert.deepStrictEqual(task_anagram_groups(["etnos", "art", "eivl", "listen", "stone", "ietnls", "rat", "dusty"]), [["art", "rat"], ["etnos", "stone"], ["ietnls", "listen"]]);
assert.deepStrictEqual(task_anagram_groups(["neilst", "rta", "listen", "tdsyu", "tar", "instel"]), [["instel", "listen", "neilst"], ["rta", "tar"]]);
assert.deepStrictEqual(task_anagram_groups(["listen", "dusty", "evil", "listen", "dusty", "rat", "rat", "sdyut", "rat"]), [["dusty", "dusty", "sdyut"], ["listen", "listen"], ["rat", "rat", "rat"]]);
console.log("js015_anagram_groups ok");
