// Parse a query string from the command line.
const u = new URL('http://localhost/?' + (process.argv[2] || 'page=1&size=20'));
console.log(Number(u.searchParams.get('page')), Number(u.searchParams.get('size')));
