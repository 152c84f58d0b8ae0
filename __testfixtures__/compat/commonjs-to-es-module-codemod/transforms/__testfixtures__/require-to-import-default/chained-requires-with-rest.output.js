import A from 'a';
import B from 'b';
import C from 'c';
const foo = 'bar', baz = 42;

