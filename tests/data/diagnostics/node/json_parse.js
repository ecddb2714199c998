const s = '{bad';
JSON.parse(s);
