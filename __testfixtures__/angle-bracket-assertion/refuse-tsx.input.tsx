export const View = (p: { x: unknown }) => <div>{p.x as string}</div>;
