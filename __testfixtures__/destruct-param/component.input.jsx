function Card(props) {
  const title = props.title;
  const onClose = props.onClose;
  return <div className="card"><h2>{title}</h2><button onClick={onClose}>x</button></div>;
}
