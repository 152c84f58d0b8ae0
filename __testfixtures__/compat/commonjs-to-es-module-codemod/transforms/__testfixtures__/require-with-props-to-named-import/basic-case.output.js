import { a } from 'lib';
