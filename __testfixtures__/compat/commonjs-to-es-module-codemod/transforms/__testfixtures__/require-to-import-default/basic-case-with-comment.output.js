// hoge
import Lib from 'lib';

// hoge2
import Lib2 from 'lib2';
