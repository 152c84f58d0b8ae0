function dynamic() {
  return eval('arguments[0]') + arguments.length;
}
