import { formatPrice } from '../util/index.js';

export function Price(props: { cents: number }) {
  const { cents } = props;
  return <span title={formatPrice(cents)}>{formatPrice(cents)}</span>;
}
