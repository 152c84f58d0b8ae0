import { formatAmount } from '../util/index.js';

export function Price(props: { cents: number }) {
  const { cents } = props;
  return <span title={formatAmount(cents)}>{formatAmount(cents)}</span>;
}
