export const Panel = (props: { title: string }): JSX.Element => {
  var title = props.title.toUpperCase();
  var style: React.CSSProperties = { color: 'red' };
  return <section style={style}>{title}</section>;
};
