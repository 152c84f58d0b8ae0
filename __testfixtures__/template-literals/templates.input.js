const mixed = `${a}-` + b + `-${c}`;
const inner = 'list: ' + items.map((item) => '<' + item + '>').join('');
const call = fn('a' + b) + '!';
