const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function step(x) {
  await sleep(1);
  return x * 3;
}
(async () => {
  const out = await Promise.all([9, 2, 4, 4, 3, 8, 7].map(step));
  console.log(out.join(" "));
})();
