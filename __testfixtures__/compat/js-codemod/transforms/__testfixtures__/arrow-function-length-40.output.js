fooBar(() => 20000000000);

fooBarfooBarfooBarf(() => 20000000000);

fooBarfooBarfooBarfo(() => {
  return 20000000000;
});
