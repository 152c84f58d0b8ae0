// Both replace 0, '' and false as well as undefined: a default would keep them.
function repeat(text, times) {
  times = times ? times : 1;
  return text.repeat(times);
}

function label(name) {
  if (!name) name = 'anonymous';
  return '<' + name + '>';
}
