// Keep every other sample.
const samples = [...'a.b.c.d.e.f'].filter((_, i) => i % 2 === 0);
console.log(samples.join(''));
