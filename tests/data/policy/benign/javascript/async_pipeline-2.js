const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function step(x) {
  await sleep(1);
  return x * 3;
}
(async () => {
  const out = await Promise.all([9, 4, 1].map(step));
  console.log(out.join(" "));
})();
