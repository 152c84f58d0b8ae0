// Comment
require('mocks');

var mocks = require('mocks');

var mockModules = require('mock-modules');

require('mock-modules').dontMock('Foo').dontMock('Foo1');

require('mock-modules').dumpCache();

mockModules.dumpCache();

modules.dontMock('Foo');

require('mocks').getMockFunction();

require('mock-modules').doSomethingCrazy();

require('mock-modules').generateMock();

require('mock-modules').mock('foo').dontMock('bar');

mocks.dontMock('foo');

require('mock-modules')
  .dontMock()
  .dontMock();
