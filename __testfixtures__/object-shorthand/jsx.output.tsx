export const C = ({ title }: Props) => <Card data={{ title }} />;
