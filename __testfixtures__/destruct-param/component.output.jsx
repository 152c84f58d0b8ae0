function Card({ title, onClose }) {
  return <div className="card"><h2>{title}</h2><button onClick={onClose}>x</button></div>;
}
