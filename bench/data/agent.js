// Summarise a CSV of sales: the kind of program an agent writes.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const DATA = `date,region,product,units,price
2026-01-03,north,widget,12,3.5
2026-01-04,south,gadget,3,12.0
2026-01-04,north,gizmo,7,8.25
2026-01-05,east,widget,20,3.5
`;

function load(text) {
  const [header, ...lines] = text.trim().split("\n");
  const keys = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    const row = {};
    keys.forEach((k, i) => { row[k] = cells[i]; });
    row.units = Number(row.units);
    row.price = Number(row.price);
    return row;
  });
}

function summarise(rows) {
  const byRegion = new Map();
  let total = 0;
  for (const r of rows) {
    const revenue = r.units * r.price;
    total += revenue;
    byRegion.set(r.region, (byRegion.get(r.region) || 0) + revenue);
  }
  const regions = [...byRegion.entries()].sort((a, b) => b[1] - a[1]);
  return { total: Math.round(total * 100) / 100, regions };
}

async function main() {
  const rows = load(DATA);
  const summary = summarise(rows);
  const out = path.join(process.env.TMPDIR || "/tmp", "summary.json");
  fs.writeFileSync(out, JSON.stringify(summary, null, 2));
  const version = execFileSync("node", ["--version"]).toString().trim();
  console.log(`node ${version}: total ${summary.total}`);
  for (const [region, revenue] of summary.regions) {
    console.log(`${region.padEnd(8)} ${revenue.toFixed(2)}`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
