export function describe(kind) {
  switch (kind) {
    case 'a':
      var label = 'A';
      break;
    case 'b':
      label = 'B';
      return label;
  }
  return null;
}
