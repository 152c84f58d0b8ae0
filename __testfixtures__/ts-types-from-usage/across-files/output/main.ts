import { describe, formatPrice } from './format';

console.log(formatPrice(3, 'USD'));
console.log(describe({ name: 'tea', price: 2.5 }));
