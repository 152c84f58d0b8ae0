declare let target: { a?: number };
({ a: 1 } as any);
(target as any).a = 2;
