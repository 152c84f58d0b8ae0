/* eslint-disable comma-dangle */
const object = {
  hello: 'hello',
  allo: 'allo',
  hola: 'hola'
};

const object2 = {hello: 'hello', allo: 'allo', hola: 'hola'};

const array = [
  'hello',
  'allo',
  'hola'
];

const array2 = ['hello', 'allo', 'hola'];

test({
  test: 'test'
});
