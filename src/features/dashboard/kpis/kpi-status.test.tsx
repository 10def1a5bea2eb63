// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { Kpis } from '../../../domain/metrics/types';
import { kpisFixture } from '../../../domain/view/kpis-fixture';
import { KpiStatus } from './kpi-status';

describe('KPI status', () => {
  it('says as of when, where the period stands, the capacity flag and what limits the rest', () => {
    render(<KpiStatus kpis={kpisFixture()} />);
    expect(screen.getByText('As of June 29, 2019')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Behind: 2,000/day needed, 1,050/day recent — best day so far 1,310',
    );
    expect(screen.getByText(/beyond demonstrated capacity/i)).toBeInTheDocument();
    expect(
      screen.getByText('Demand is not the limit: 12,000 open orders cover the 2,000 remaining'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/This data is monthly/)).not.toBeInTheDocument();
  });

  it.each<[string, Partial<Kpis>, string]>([
    [
      'on pace',
      { requiredPerDay: 1_120, pacePerDay: 1_240 },
      'On pace: 1,120/day needed, 1,240/day recent',
    ],
    ['reached', { remaining: 0, requiredPerDay: 0 }, 'Target reached'],
  ])('reads %s without the capacity flag', (_case, overrides, text) => {
    render(<KpiStatus kpis={kpisFixture(overrides)} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.queryByText(/beyond demonstrated capacity/i)).not.toBeInTheDocument();
  });

  it('notes monthly data and a period with no data yet', () => {
    render(<KpiStatus kpis={kpisFixture({ granularity: 'month', asOf: null })} />);
    expect(
      screen.getByText('This data is monthly: daily figures are spread evenly over each month.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No data yet in 2019 Q2')).toBeInTheDocument();
  });
});
