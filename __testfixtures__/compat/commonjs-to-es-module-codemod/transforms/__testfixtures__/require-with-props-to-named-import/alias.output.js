import { a as b } from 'lib';
