/** Joins all arguments. */
function join(/* none declared */) {
  // every argument counts
  return [].join.call(arguments, ','); // joined
}
