function initials(name) {
  const rest = name.slice(1);
  let out = '';
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === ch.toUpperCase()) out += ch;
  }
  return out;
}
