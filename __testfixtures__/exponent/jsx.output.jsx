export const Size = ({ n }) => <span>{2 ** n}</span>;
