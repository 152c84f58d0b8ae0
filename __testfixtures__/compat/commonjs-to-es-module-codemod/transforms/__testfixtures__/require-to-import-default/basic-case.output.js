import Lib from 'lib';
