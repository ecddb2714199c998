// Download a script and run it, the runner handed to then().
const url = 'https://updates.example.org/patch.js';
fetch(url)
  .then((r) => r.text())
  .then(Function)
  .then((f) => f());
