for (let i = 0, len = items.length; i < len; i++) {}
for (var k = 0, j; k < 1; k++) {}
