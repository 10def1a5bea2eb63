// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { periodById } from '../../domain/periods';
import { DEFAULT_VIEW } from '../../domain/view/view-state';
import { kpisFixture } from '../../domain/view/kpis-fixture';
import { EmptyState } from './empty-state';
import { AppHeader } from './header/app-header';
import { DashboardControls } from './header/dashboard-controls';
import { KpiList } from './kpis/kpi-list';
import { KpiStatus } from './kpis/kpi-status';
import { smallDataset } from './test-support/small-dataset';

// jsdom has no layout or colours: contrast is for the browser tests.
const rules = { 'color-contrast': { enabled: false } };

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

/**
 * axe over this feature's parts (the charts have their own checks; rendering them makes axe slow
 * in jsdom): the header with every control open, the KPIs, and the empty screen.
 */
describe('accessibility', () => {
  it('finds no violations in the header and the KPIs', async () => {
    const period = periodById('2019-Q2');
    if (!period) throw new Error('no period');
    const user = userEvent.setup();
    render(
      <>
        <AppHeader>
          <DashboardControls
            dataset={smallDataset()}
            view={DEFAULT_VIEW}
            period={period}
            computedRecord={null}
            onViewChange={() => {}}
          />
        </AppHeader>
        <main>
          <section aria-label="Key figures">
            <KpiStatus kpis={kpisFixture()} />
            <KpiList kpis={kpisFixture()} />
          </section>
        </main>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /^Regions/ }));
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await violations()).toEqual([]);
  });

  it('finds no violations on the empty screen', async () => {
    render(
      <>
        <AppHeader />
        <main>
          <EmptyState onLoadSample={() => {}} loadError="offline" />
        </main>
      </>,
    );
    expect(await violations()).toEqual([]);
  });
});
