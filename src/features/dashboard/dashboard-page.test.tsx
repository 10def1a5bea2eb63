// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetFromRecords } from '../../domain/records/build-dataset';
import { generateSample } from '../../domain/sample';
import { DashboardPage } from './dashboard-page';
import { smallDataset } from './test-support/small-dataset';

const sample = datasetFromRecords(generateSample(), ['record-pace-sample-2019.csv']);
// Most cases use a small dataset: the charts under the KPIs render in full in jsdom.
const small = smallDataset();

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

function renderPage(dataset = small, sources = ['small.csv']) {
  return render(<DashboardPage dataset={dataset} sources={sources} />);
}

function kpiSection(): HTMLElement {
  return screen.getByRole('region', { name: /^2019 / });
}

describe('dashboard page', () => {
  beforeEach(() => openAt(''));

  it('opens on the latest quarter of the sample for all regions with the KPIs and landmarks', () => {
    renderPage(sample, ['record-pace-sample-2019.csv']);
    expect(screen.getByRole('banner')).toHaveTextContent('Record Pace');
    expect(screen.getByRole('heading', { level: 1, name: 'Record Pace' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByLabelText('Period')).toHaveValue('2019-Q4');
    expect(screen.getByRole('button', { name: 'Regions: All regions' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: '2019 Q4: All regions' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('term')).toHaveLength(12);
    expect(screen.getByText('As of December 31, 2019')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Charts' })).toBeInTheDocument();
    expect(within(kpiSection()).getByText('Data: record-pace-sample-2019.csv')).toBeInTheDocument();
  });

  it('keeps the view in the URL: a change is a history entry that Back undoes', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByLabelText('Period'), '2019-Q2');
    expect(window.location.search).toBe('?v=1&period=2019-Q2');
    expect(
      screen.getByRole('heading', { level: 2, name: '2019 Q2: All regions' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Regions: All regions' }));
    await user.click(screen.getByRole('checkbox', { name: 'Europe' }));
    expect(window.location.search).toBe('?v=1&period=2019-Q2&region=Europe');
    expect(screen.getByRole('heading', { level: 2, name: '2019 Q2: Europe' })).toBeInTheDocument();

    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe('?v=1&period=2019-Q2'));
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 2, name: '2019 Q2: All regions' }),
      ).toBeInTheDocument(),
    );
  });

  it('shows a new period’s KPIs first and then redraws the charts for it, busy meanwhile', async () => {
    const user = userEvent.setup();
    renderPage();
    const charts = screen.getByRole('region', { name: 'Charts' });
    const burnDownTitle = () =>
      document.querySelector('figure[data-chart-id="burn-down"] h3')?.textContent ?? '';
    // The charts come a turn after the KPIs.
    await waitFor(() => expect(burnDownTitle()).toContain('2019 Q2'));
    await user.selectOptions(screen.getByLabelText('Period'), '2019-Q1');
    expect(
      screen.getByRole('heading', { level: 2, name: '2019 Q1: All regions' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(burnDownTitle()).toContain('2019 Q1'));
    expect(charts).toHaveAttribute('aria-busy', 'false');
  });

  it('restores the view from the URL on load', () => {
    openAt('?v=1&period=2019-06&region=NO&region=US');
    renderPage();
    expect(screen.getByLabelText('Period')).toHaveValue('2019-06');
    expect(
      screen.getByRole('button', { name: 'Regions: Norway, United States' }),
    ).toBeInTheDocument();
    expect(screen.getByText('As of June 29, 2019')).toBeInTheDocument();
  });

  it('says when a link cannot be read and shows the default view', () => {
    openAt('?v=7&period=2019-06');
    renderPage();
    expect(screen.getByLabelText('Period')).toHaveValue('2019-Q2');
    expect(screen.getByText(/newer version of Record Pace/)).toBeInTheDocument();
  });

  it('says when the linked period holds no data', () => {
    openAt('?v=1&period=2017-Q1');
    renderPage();
    expect(screen.getByLabelText('Period')).toHaveValue('2019-Q2');
    expect(
      screen.getByText('The data holds nothing for 2017 Q1; showing 2019 Q2.'),
    ).toBeInTheDocument();
  });

  it('shows a typed goal in the Target card and keeps it in the URL', async () => {
    const user = userEvent.setup();
    openAt('?v=1&period=2019-Q2');
    renderPage();
    await user.type(screen.getByLabelText('Goal'), '100000{Enter}');
    const target = screen.getByText('Target', { selector: 'dt' }).parentElement;
    expect(within(target as HTMLElement).getByRole('definition')).toHaveTextContent('Goal 100,000');
    expect(new URLSearchParams(window.location.search).get('targets')).toBe(
      '[["2019-Q2",[],[],{"g":100000}]]',
    );
  });

  it('downloads the summary as CSV named after the period', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:summary';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    openAt('?v=1&period=2019-Q2&region=Europe&region=US');
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Download summary (CSV)' }));
    click.mockRestore();
    expect(names).toEqual(['record-pace-summary-2019-Q2.csv']);
    const lines = (await blobs[0]?.text())?.trimEnd().split('\r\n') ?? [];
    expect(lines[0]).toBe(
      'period,region,as_of,deliveries_to_date,production_to_date,target,target_kind,remaining,days_left,required_per_day,pace_per_day,projected_total,chance_to_reach_target,open_backlog,inventory,best_day',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      '2019-Q2,Europe,2019-06-29',
      '2019-Q2,US,2019-06-29',
      '2019-Q2,All selected,2019-06-29',
    ]);
  });
});
