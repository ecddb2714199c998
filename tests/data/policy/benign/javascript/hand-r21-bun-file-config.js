async function load() {
  const text = await Bun.file("./config/app.json").text();
  const cfg = JSON.parse(text);
  await Bun.write("./dist/config.json", JSON.stringify(cfg, null, 2));
}
load();
