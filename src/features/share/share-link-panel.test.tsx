// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeKpis } from '../../domain/metrics';
import { periodById } from '../../domain/periods';
import { datasetFromRecords } from '../../domain/records/build-dataset';
import { dayFromIso } from '../../domain/records/calendar-day';
import type { DailyRecord } from '../../domain/records/dataset';
import { readSharedView } from '../../domain/share';
import { DEFAULT_VIEW, selectionOf } from '../../domain/view/view-state';
import { decodeView } from '../../domain/view/view-url';
import { ShareLinkPanel } from './share-link-panel';

const june = dayFromIso('2019-06-01') as number;
const records: DailyRecord[] = Array.from({ length: 60 }, (_, i) => [
  {
    day: june - 30 + i,
    region: 'US',
    model: 'Model 3',
    values: { deliveries: 800 + ((i * 37) % 300) },
  },
  {
    day: june - 30 + i,
    region: 'NO',
    model: 'Model 3',
    values: { deliveries: 50 + ((i * 13) % 90) },
  },
]).flat();
const dataset = datasetFromRecords(records, ['june.csv']);
const period = periodById('2019-06', 1)!;
const view = { ...DEFAULT_VIEW, regions: ['Europe', 'US'], targets: {} };

function renderPanel() {
  return render(
    <ShareLinkPanel dataset={dataset} view={view} period={period} sources={['june.csv']} />,
  );
}

describe('ShareLinkPanel', () => {
  it('makes a link that opens this view with the same KPIs, and shows its length', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Share link' }));
    const field = screen.getByLabelText('Link to this view with its data');
    const url = new URL((field as HTMLInputElement).value);
    expect(url.search).toBe('?v=1&period=2019-06&region=Europe&region=US');
    expect(
      screen.getByText(`${url.href.length.toLocaleString('en-US')} characters`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    const shared = readSharedView(url.hash);
    if (!shared.ok) throw new Error(shared.error.message);
    expect(shared.value.sources).toEqual(['june.csv']);
    const { view: openedView } = decodeView(shared.value.view);
    const selection = selectionOf(openedView);
    expect(computeKpis(shared.value.dataset, period, selection, {})).toEqual(
      computeKpis(dataset, period, selection, {}),
    );
  });

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByLabelText('Link to this view with its data') as HTMLInputElement;
    await expect(navigator.clipboard.readText()).resolves.toBe(field.value);
    expect(await screen.findByText(/^Link copied/)).toBeInTheDocument();
  });

  it('makes no link until it is opened', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: 'Share link' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByLabelText('Link to this view with its data')).toBeNull();
  });
});
