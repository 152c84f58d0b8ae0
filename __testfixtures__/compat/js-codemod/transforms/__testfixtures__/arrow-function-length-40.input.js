fooBar(function() {
  return 20000000000;
});

fooBarfooBarfooBarf(function() {
  return 20000000000;
});

fooBarfooBarfooBarfo(function() {
  return 20000000000;
});
