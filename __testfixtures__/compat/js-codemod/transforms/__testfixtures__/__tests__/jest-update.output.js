// Comment
jest.dontMock('Foo').dontMock('Foo1');

jest.resetModuleRegistry();

jest.resetModuleRegistry();

jest.dontMock('Foo');

jest.genMockFn();

require('mock-modules').doSomethingCrazy();

jest.genMockFromModule();

jest.mock('foo').dontMock('bar');

jest.dontMock('foo');

jest
  .dontMock()
  .dontMock();
