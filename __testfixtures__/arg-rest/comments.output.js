/** Joins all arguments. */
function join(/* none declared */...args) {
  // every argument counts
  return [].join.call(args, ','); // joined
}
