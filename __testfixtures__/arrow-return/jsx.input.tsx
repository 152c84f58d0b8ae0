export const Row = ({ label }: { label: string }) => {
  return (
    <li className="row">
      {label}
    </li>
  );
};
