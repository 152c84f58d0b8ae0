var label =
  'Name: ' + name + // the display name
  ', age: ' + age;
