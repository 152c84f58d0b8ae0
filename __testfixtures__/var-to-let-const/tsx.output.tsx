export const Panel = (props: { title: string }): JSX.Element => {
  const title = props.title.toUpperCase();
  const style: React.CSSProperties = { color: 'red' };
  return <section style={style}>{title}</section>;
};
