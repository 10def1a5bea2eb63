// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportIssue } from '../../domain/import/types';
import type { Dataset } from '../../domain/records/dataset';
import { ImportProblems } from './import-problems';
import { ImportHarness } from './test-harness';
import { TemplatesList } from './templates-list';

describe('templates list', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('offers a CSV and an XLSX template of every shape, and frees them when gone', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { unmount } = render(<TemplatesList />);
    const list = await screen.findByRole('list', {}, { timeout: 5000 });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Daily template (CSV)',
      'Daily template (XLSX)',
      'Wide template (CSV)',
      'Wide template (XLSX)',
      'Per vehicle template (CSV)',
      'Per vehicle template (XLSX)',
      'Periodic template (CSV)',
      'Periodic template (XLSX)',
    ]);
    const daily = screen.getByRole('link', { name: 'Daily template (CSV)' });
    expect(daily).toHaveAttribute('download', 'record-pace-daily-template.csv');
    const dailyBlob = blobs[Number(daily.getAttribute('href')?.split('/')[1]) - 1];
    expect(dailyBlob?.type).toBe('text/csv;charset=utf-8');
    expect(await dailyBlob?.text()).toMatch(
      /^Date,Region,Model,Deliveries,Production,Orders,Backlog\r\n2019-06-26,/,
    );
    expect(screen.getByRole('link', { name: 'Wide template (XLSX)' })).toHaveAttribute(
      'download',
      'record-pace-wide-template.xlsx',
    );
    unmount();
    expect(revoke).toHaveBeenCalledTimes(8);
  });
});

describe('import problems', () => {
  const issues: ImportIssue[] = [
    { code: 'no-data', severity: 'error', message: 'b.csv: no row could be read.', file: 'b.csv' },
    {
      code: 'bad-number',
      severity: 'warning',
      message: 'not a number',
      file: 'a.xlsx',
      sheet: 'June',
      row: 4,
      column: 'Deliveries',
      hint: 'Check the number.',
      moreLikeThis: 312,
    },
    { code: 'encoding', severity: 'info', message: 'a.csv: read as Windows-1252.', file: 'a.csv' },
  ];

  it('announces errors and lists warnings with their place, hint and count', async () => {
    const onDismiss = vi.fn();
    render(<ImportProblems issues={issues} onDismiss={onDismiss} />);
    expect(screen.getByRole('region', { name: 'Import problems' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('b.csv: no row could be read.');
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(warnings).toHaveTextContent(
      'a.xlsx · sheet June · row 4 · column Deliveries: not a number',
    );
    expect(warnings).toHaveTextContent('Check the number.');
    expect(warnings).toHaveTextContent('312 more rows like this');
    expect(screen.getByRole('list', { name: 'Notes' })).toHaveTextContent('read as Windows-1252');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('says notes are notes when nothing went wrong, and shows nothing without issues', () => {
    const { rerender } = render(<ImportProblems issues={issues.slice(2)} />);
    expect(screen.getByRole('region', { name: 'Import notes' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    rerender(<ImportProblems issues={[]} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('dropping files on the page', () => {
  beforeAll(async () => {
    await import('../../workers/import-handler');
  });

  it('shows the drop overlay while files are dragged, and opens what is dropped', async () => {
    const onSetDataset = vi.fn<(dataset: Dataset, sources: string[]) => void>();
    render(<ImportHarness onSetDataset={onSetDataset} />);
    const file = new File(['Date,Region,Deliveries\n2019-06-27,Norway,100\n'], 'dropped.csv', {
      type: 'text/csv',
    });
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop spreadsheets to import')).toBeInTheDocument();
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.queryByText('Drop spreadsheets to import')).not.toBeInTheDocument();
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText('Drop spreadsheets to import')).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Import dropped.csv' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onSetDataset).toHaveBeenCalled());
  });

  it('ignores text dragged within the page', () => {
    render(<ImportHarness onSetDataset={vi.fn()} />);
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText('Drop spreadsheets to import')).not.toBeInTheDocument();
  });
});
