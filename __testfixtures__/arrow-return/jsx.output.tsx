export const Row = ({ label }: { label: string }) => (
    <li className="row">
      {label}
    </li>
  );
