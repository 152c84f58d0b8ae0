function forward() {
  return handler.apply(context, arguments);
}
