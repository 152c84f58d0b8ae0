const sql = 'SELECT * FROM users ' +
  'WHERE id = ' + id +
  ' LIMIT 1';
const literalsOnly = 'a' + 'b';
const numbers = a + b;
