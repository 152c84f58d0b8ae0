function countChars(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== ' ') n++;
  }
  return n;
}
