// Queries a private registry with the user name and password given on the command line.
const [user, pass] = process.argv.slice(2);
const u = new URL('https://registry.example.net/v2/_catalog');
u.username = user;
u.password = pass;
fetch(u).then((r) => r.json()).then((j) => console.log(j.repositories));
