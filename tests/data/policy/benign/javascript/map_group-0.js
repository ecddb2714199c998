const people = [{ name: "iota", city: "Pune" }, { name: "delta", city: "Pune" }, { name: "iota", city: "Pune" }, { name: "lambda", city: "Oslo" }, { name: "lambda", city: "Lima" }, { name: "lambda", city: "Oslo" }, { name: "beta", city: "Lima" }, { name: "beta", city: "Lima" }];
const byCity = new Map();
for (const p of people) {
  if (!byCity.has(p.city)) byCity.set(p.city, []);
  byCity.get(p.city).push(p.name);
}
for (const [city, names] of byCity) console.log(city, names.join(", "));
