const found = maybeList?.indexOf(item) !== -1;
