// The difference drawn on the chart: filled in once the chart renderer lands.
import type { Change } from '../../schema/diff';
import type { Card } from '../../schema/types';

export function CompareChart(_props: { older: Card; newer: Card; changes: Change[] }) {
  return null;
}
