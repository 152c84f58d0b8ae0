const tick = 'use `' + cmd + '` here';
const dollar = '${' + key + '}';
const money = '$' + amount;
const joined = '$' + '{' + x;
const backslash = 'a\\' + b + '\n';
const nul = '\0' + x;
const nulDigit = 'a\0' + '1' + x;
