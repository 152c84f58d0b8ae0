const args = parse(process.argv);
function report(...rest) {
  return format(args, rest[0]);
}
