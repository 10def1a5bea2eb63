// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { TooltipContentProps } from 'recharts';
import { CHART_THEMES } from '../../domain/charts';
import { chartTooltip } from './chart-tooltip';

const entry = (dataKey: string, name: string, value: number | null) => ({
  dataKey,
  name,
  value,
  color: '#000',
  payload: { day: 1 },
});

function renderTooltip(order: readonly string[] | undefined, payload: ReturnType<typeof entry>[]) {
  const Content = chartTooltip({
    theme: CHART_THEMES.light,
    label: () => 'Jun 18, 2019',
    value: (value) => String(value),
    ...(order ? { order } : {}),
  });
  const props = { active: true, payload, label: 1 } as unknown as TooltipContentProps;
  render(<Content {...props} />);
  return screen.getAllByRole('listitem').map((item) => item.textContent);
}

describe('chartTooltip', () => {
  it.each([
    {
      name: 'registered bars last',
      payload: [entry('backlog', 'Backlog', 3), entry('deliveries', 'Deliveries', 1)],
    },
    {
      name: 'registered in the chart order',
      payload: [entry('deliveries', 'Deliveries', 1), entry('backlog', 'Backlog', 3)],
    },
  ])('lists the series in the chart order, $name', ({ payload }) => {
    expect(renderTooltip(['deliveries', 'backlog'], payload)).toEqual(['Deliveries1', 'Backlog3']);
  });

  it('keeps Recharts order without one, and leaves out series with no value', () => {
    const payload = [
      entry('backlog', 'Backlog', 3),
      entry('orders', 'Orders', null),
      entry('deliveries', 'Deliveries', 1),
    ];
    expect(renderTooltip(undefined, payload)).toEqual(['Backlog3', 'Deliveries1']);
  });
});
