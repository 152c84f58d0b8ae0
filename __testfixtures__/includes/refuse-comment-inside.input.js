const found = list.indexOf(item) /* not found is -1 */ !== -1;
