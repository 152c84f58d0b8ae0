var a = 1, /* why b */ b = 2;
