export const Size = ({ n }) => <span>{Math.pow(2, n)}</span>;
