// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { periodById } from '../../../domain/periods';
import type { Period } from '../../../domain/periods/types';
import {
  DEFAULT_VIEW,
  settingsFor,
  withSettings,
  type ViewState,
} from '../../../domain/view/view-state';
import { smallDataset } from '../test-support/small-dataset';
import { DashboardControls } from './dashboard-controls';

const dataset = smallDataset();

function period(id: string): Period {
  const found = periodById(id);
  if (!found) throw new Error(`no period ${id}`);
  return found;
}

function setup(view: ViewState = DEFAULT_VIEW, periodId = '2019-Q2') {
  const onViewChange = vi.fn<(view: ViewState) => void>();
  const user = userEvent.setup();
  render(
    <DashboardControls
      dataset={dataset}
      view={view}
      period={period(periodId)}
      computedRecord={{ total: 5400, periodLabel: '2019 Q1', periodId: '2019-Q1' }}
      onViewChange={onViewChange}
    />,
  );
  const lastView = () => onViewChange.mock.lastCall?.[0];
  return { user, onViewChange, lastView };
}

describe('dashboard controls', () => {
  it('lists the quarters and months of the data, newest first, under Period', async () => {
    const { user, lastView } = setup();
    const select = screen.getByLabelText('Period');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2019 Q2', '2019 Q1', 'June 2019', 'March 2019']);
    expect(select).toHaveValue('2019-Q2');
    await user.selectOptions(select, 'March 2019');
    expect(lastView()).toEqual({ ...DEFAULT_VIEW, periodId: '2019-03' });
  });

  it('picks regions from a disclosure with continents and their countries', async () => {
    const { user, lastView } = setup();
    const button = screen.getByRole('button', { name: 'Regions: All regions' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Regions' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['All regions', 'North America', 'United States', 'Europe', 'France', 'Norway']);
    expect(within(group).getByRole('checkbox', { name: 'All regions' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Europe' }));
    expect(lastView()).toEqual({ ...DEFAULT_VIEW, regions: ['Europe'] });
  });

  it('shows the chosen regions on the button and unticks one country of a continent', async () => {
    const { user, lastView } = setup({ ...DEFAULT_VIEW, regions: ['Europe', 'US'] });
    await user.click(screen.getByRole('button', { name: 'Regions: Europe, United States' }));
    const norway = screen.getByRole('checkbox', { name: 'Norway' });
    expect(norway).toBeChecked();
    await user.click(norway);
    expect(lastView()?.regions).toEqual(['US', 'France']);
  });

  it('closes the regions panel with Escape and gives focus back to its button', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: /^Regions/ });
    await user.click(button);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'All regions' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Regions' })).not.toBeInTheDocument();
  });

  it('filters models', async () => {
    const { user, lastView } = setup();
    await user.click(screen.getByRole('button', { name: 'Models: All models' }));
    await user.click(screen.getByRole('checkbox', { name: 'Model S' }));
    expect(lastView()?.models).toEqual(['Model S']);
  });

  it('keeps a typed goal range for this period and selection', async () => {
    const view = { ...DEFAULT_VIEW, regions: ['US'] };
    const { user, lastView } = setup(view);
    const goal = screen.getByLabelText('Goal');
    await user.type(goal, '33000-36000{Enter}');
    const next = lastView();
    if (!next) throw new Error('no view change');
    expect(settingsFor(next, '2019-Q2', { regions: ['US'], models: [] })).toEqual({
      goal: { low: 33000, high: 36000 },
    });
    expect(settingsFor(next, '2019-Q2', { regions: [], models: [] })).toEqual({});
    expect(goal).toHaveValue('33,000–36,000');
  });

  it.each([
    ['a goal', { goal: { low: 20000 } }, 'Goal', '20,000'],
    ['a record', { recordOverride: 95200 }, 'Record', '95,200'],
  ])('empties %s field when Back restores a view without it', (_name, settings, label, shown) => {
    const withTarget = withSettings(DEFAULT_VIEW, '2019-Q2', { regions: [], models: [] }, settings);
    const { rerender } = render(
      <DashboardControls
        dataset={dataset}
        view={withTarget}
        period={period('2019-Q2')}
        computedRecord={null}
        onViewChange={() => undefined}
      />,
    );
    expect(screen.getByLabelText(label)).toHaveValue(shown);
    rerender(
      <DashboardControls
        dataset={dataset}
        view={DEFAULT_VIEW}
        period={period('2019-Q2')}
        computedRecord={null}
        onViewChange={() => undefined}
      />,
    );
    expect(screen.getByLabelText(label)).toHaveValue('');
  });

  it('says why a goal cannot be read and keeps the view', async () => {
    const { user, onViewChange } = setup();
    const goal = screen.getByLabelText('Goal');
    await user.type(goal, '36000-33000');
    await user.tab();
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    expect(goal).toHaveAccessibleDescription(/ends below where it starts/);
    expect(onViewChange).not.toHaveBeenCalled();
  });

  it('offers the computed record as the Record placeholder and takes a typed one', async () => {
    const { user, lastView } = setup();
    const record = screen.getByLabelText('Record');
    expect(record).toHaveAttribute('placeholder', 'computed: 5,400 (2019 Q1)');
    await user.type(record, '95,200');
    await user.tab();
    const next = lastView();
    if (!next) throw new Error('no view change');
    expect(settingsFor(next, '2019-Q2', { regions: [], models: [] })).toEqual({
      recordOverride: 95200,
    });
  });

  it('moves the chosen quarter to the fiscal scheme when the fiscal year start changes', async () => {
    const { user, lastView } = setup({ ...DEFAULT_VIEW, periodId: '2019-Q2' });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.selectOptions(screen.getByLabelText('Fiscal year starts in'), 'April');
    expect(lastView()).toEqual({ ...DEFAULT_VIEW, periodId: 'FY2020-Q1', fiscalStart: 4 });
  });
});
