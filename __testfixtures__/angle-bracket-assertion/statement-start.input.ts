declare let target: { a?: number };
<any>{ a: 1 };
(<any>target).a = 2;
