// Fetches a JSON document and prints a field.
fetch('https://api.example.org/status')
  .then((r) => r.json())
  .then((s) => console.log(s.state))
  .catch((e) => console.error(e.message));
