const stats = { freed: 0 };
const reg = new FinalizationRegistry((key) => { stats.freed++; console.log("freed", key); });
reg.register({ big: new Array(1000) }, "entry-1");
setTimeout(() => console.log(stats), 10);
