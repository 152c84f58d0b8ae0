process.assert(ready);
process.binding('natives');
