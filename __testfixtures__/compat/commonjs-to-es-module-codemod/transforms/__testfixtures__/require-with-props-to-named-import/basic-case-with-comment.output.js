// comment a
import { a } from 'lib';

// comment b
import { a as b } from 'lib';