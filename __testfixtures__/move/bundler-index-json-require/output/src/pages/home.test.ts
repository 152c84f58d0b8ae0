// Test runners name modules in strings too: the mocked path must follow the move.
declare const vi: { mock(path: string, factory?: () => unknown): void };

vi.mock('../ui/button/Button', () => ({ Button: () => '<button/>' }));

export {};
