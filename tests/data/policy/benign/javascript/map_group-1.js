const people = [{ name: "gamma", city: "Oslo" }, { name: "omega", city: "Pune" }, { name: "theta", city: "Oslo" }, { name: "zeta", city: "Lima" }, { name: "beta", city: "Oslo" }];
const byCity = new Map();
for (const p of people) {
  if (!byCity.has(p.city)) byCity.set(p.city, []);
  byCity.get(p.city).push(p.name);
}
for (const [city, names] of byCity) console.log(city, names.join(", "));
