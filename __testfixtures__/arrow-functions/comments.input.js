run(/* before */ function (a /* the a */, b) /* after params */ {
  // body
  return a + b;
});
run(function /* odd */ (a) { return a; });
