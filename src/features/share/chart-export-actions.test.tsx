// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dayFromIso } from '../../domain/records/calendar-day';
import { downloadBlob, downloadText } from '../../lib/download';
import { ChartExportActions } from './chart-export-actions';

vi.mock('../../lib/download', () => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));

const title = 'Daily deliveries — 2019 Q3';

async function openMenu() {
  await userEvent.click(screen.getByRole('button', { name: `Export ${title}` }));
}

function renderActions() {
  return render(
    <figure data-chart-id="daily">
      <ChartExportActions
        chartId="daily"
        title={title}
        captionLines={['All regions · All models · as of Sep 30, 2019']}
        sources={['deliveries.csv']}
        columns={[
          { key: 'day', label: 'Date', kind: 'day' },
          { key: 'deliveries', label: 'Deliveries', kind: 'number' },
          { key: 'note', label: 'Note', kind: 'text' },
        ]}
        rows={[
          { day: dayFromIso('2019-09-29'), deliveries: 2811, note: '=1+1' },
          { day: dayFromIso('2019-09-30'), deliveries: 3904.5, note: null },
        ]}
      />
    </figure>,
  );
}

describe('ChartExportActions', () => {
  afterEach(() => {
    vi.mocked(downloadBlob).mockClear();
    vi.mocked(downloadText).mockClear();
  });

  it('keeps the actions behind one Export button named for the chart, closed by Escape', async () => {
    const user = userEvent.setup();
    renderActions();
    const toggle = screen.getByRole('button', { name: `Export ${title}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Download PNG' })).toBeNull();
    await user.click(toggle);
    const group = screen.getByRole('group', { name: `Export ${title}` });
    for (const name of ['Download PNG', 'Download SVG', 'Download CSV', 'Copy image']) {
      expect(within(group).getByRole('button', { name })).toBeEnabled();
    }
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('downloads the chart’s rows as CSV with a byte order mark and formulas defused', async () => {
    renderActions();
    await openMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloadText).toHaveBeenCalledWith(
      "\uFEFFDate,Deliveries,Note\r\n2019-09-29,2811,'=1+1\r\n2019-09-30,3904.5,\r\n",
      'record-pace-daily.csv',
    );
    expect(await screen.findByRole('status')).toHaveTextContent('CSV saved.');
  });

  it('says why there is no PNG when the chart has no size, and downloads nothing', async () => {
    renderActions();
    await openMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(await screen.findByText(/There is nothing to draw/)).toBeInTheDocument();
    expect(downloadBlob).not.toHaveBeenCalled();
  });

  it('writes the SVG with the chart’s title and caption', async () => {
    renderActions();
    await openMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    expect(await screen.findByText('SVG saved.')).toBeInTheDocument();
    const [text, fileName, type] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('record-pace-daily.svg');
    expect(type).toBe('image/svg+xml;charset=utf-8');
    const svg = new DOMParser().parseFromString(text ?? '', 'image/svg+xml');
    expect(svg.querySelector('title')?.textContent).toBe(title);
    expect(svg.querySelector('desc')?.textContent).toBe(
      'All regions · All models · as of Sep 30, 2019\nData: deliveries.csv',
    );
  });

  it('says when the browser cannot copy images', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    renderActions();
    await openMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(
      await screen.findByText(/This browser cannot put images on the clipboard/),
    ).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
