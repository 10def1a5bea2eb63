// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { Kpis } from '../../../domain/metrics/types';
import { kpisFixture } from '../../../domain/view/kpis-fixture';
import { KPI_TERMS } from '../../../../test/fixtures/kpi-terms';
import { KpiList } from './kpi-list';

function valueOf(term: string): string {
  const card = screen.getByText(term, { selector: 'dt' }).parentElement;
  if (!card) throw new Error(`no card for ${term}`);
  return within(card).getByRole('definition').textContent ?? '';
}

describe('KPI list', () => {
  it('shows every KPI as a term with its formatted value', () => {
    render(
      <KpiList kpis={kpisFixture({ chanceToReachTarget: 63.4, inventorySource: 'derived' })} />,
    );
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(KPI_TERMS);
    expect(screen.getAllByRole('definition')).toHaveLength(12);
    expect(valueOf('Deliveries to date')).toBe('31,000');
    expect(valueOf('Target')).toBe('Goal 33,000–36,000');
    expect(valueOf('Remaining')).toBe('2,000');
    expect(valueOf('Days left')).toBe('1');
    expect(valueOf('Required per day')).toBe('2,000');
    expect(valueOf('Current pace per day')).toBe('1,050 last 7 days');
    expect(valueOf('Projected total')).toBe('32,050');
    expect(valueOf('Chance to reach target')).toBe('63%');
    expect(valueOf('Production to date')).toBe('29,500');
    expect(valueOf('Open backlog')).toBe('12,000 5,000 unscheduled');
    expect(valueOf('Inventory')).toBe('800 built, not delivered this period');
    expect(valueOf('Best day')).toBe('1,310 June 28, 2019');
  });

  it.each<[string, Partial<Kpis>, string]>([
    [
      'a record target with its period',
      {
        target: { kind: 'record', value: 95_200, goal: null },
        record: { total: 95_200, periodLabel: '2019 Q2', periodId: '2019-Q2' },
      },
      'Record 95,200 (2019 Q2)',
    ],
    [
      'a single-number goal',
      { target: { kind: 'goal', value: 100_000, goal: { low: 100_000 } } },
      'Goal 100,000',
    ],
    ['no target', { target: { kind: 'none', value: null, goal: null }, record: null }, '—'],
  ])('writes %s', (_case, overrides, text) => {
    render(<KpiList kpis={kpisFixture(overrides)} />);
    expect(valueOf('Target')).toBe(text);
  });

  it.each<[string, Partial<Kpis>, string]>([
    [
      'stock built up',
      { inventory: 800, inventorySource: 'derived' },
      '800 built, not delivered this period',
    ],
    [
      'stock drawn down',
      { inventory: -7_109, inventorySource: 'derived' },
      '-7,109 more delivered than built this period',
    ],
    ['the measure as given', { inventory: -5, inventorySource: 'measure' }, '-5'],
  ])('explains a derived inventory: %s', (_case, overrides, text) => {
    render(<KpiList kpis={kpisFixture(overrides)} />);
    expect(valueOf('Inventory')).toBe(text);
  });

  it('shows a dash where a figure is none', () => {
    render(
      <KpiList
        kpis={kpisFixture({
          productionToDate: null,
          openBacklog: null,
          openBacklogSource: null,
          unscheduled: null,
          inventory: null,
          inventorySource: null,
          bestDay: null,
          pacePerDay: null,
          projectedTotal: null,
          chanceToReachTarget: null,
        })}
      />,
    );
    for (const term of [
      'Production to date',
      'Open backlog',
      'Inventory',
      'Best day',
      'Current pace per day',
      'Projected total',
      'Chance to reach target',
    ]) {
      expect(valueOf(term)).toBe('—');
    }
  });
});
