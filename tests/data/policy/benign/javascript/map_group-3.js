const people = [{ name: "gamma", city: "Lima" }, { name: "eta", city: "Pune" }, { name: "alpha", city: "Pune" }, { name: "kappa", city: "Lima" }];
const byCity = new Map();
for (const p of people) {
  if (!byCity.has(p.city)) byCity.set(p.city, []);
  byCity.get(p.city).push(p.name);
}
for (const [city, names] of byCity) console.log(city, names.join(", "));
