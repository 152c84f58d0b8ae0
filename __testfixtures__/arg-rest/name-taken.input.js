const args = parse(process.argv);
function report() {
  return format(args, arguments[0]);
}
