export const C = ({ title: title }: Props) => <Card data={{ title: title }} />;
