const people = [{ name: "delta", city: "Pune" }, { name: "gamma", city: "Lima" }, { name: "iota", city: "Oslo" }, { name: "lambda", city: "Oslo" }, { name: "zeta", city: "Oslo" }, { name: "sigma", city: "Lima" }];
const byCity = new Map();
for (const p of people) {
  if (!byCity.has(p.city)) byCity.set(p.city, []);
  byCity.get(p.city).push(p.name);
}
for (const [city, names] of byCity) console.log(city, names.join(", "));
