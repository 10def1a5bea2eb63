// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ImportIssue } from '../../domain/import/types';
import { ImportReportSlot, ImportReportSlotContext } from './import-report-slot';
import type { ImportState, SessionFile } from './import-session';
import { ImportStatus } from './import-status';

const badDate: ImportIssue = {
  code: 'invalid-date',
  severity: 'warning',
  message: 'bad-date.csv, row 40, column "date": "2019-13-45" is not a day of the calendar.',
  file: 'bad-date.csv',
  row: 40,
  column: 'date',
};

const imported: SessionFile = {
  id: 'a',
  name: 'bad-date.csv',
  size: 100,
  phase: { kind: 'imported', recordCount: 10 },
  issues: [badDate],
};
const reading: SessionFile = {
  id: 'b',
  name: 'next.csv',
  size: 100,
  phase: { kind: 'reading', bytesRead: 50 },
  issues: [],
};

/** The status as the provider places it: the page shows a slot for the report in its flow. */
function PageWithSlot({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return (
    <ImportReportSlotContext value={setSlot}>
      <main>
        <ImportReportSlot />
        <figure aria-label="Burn-down">
          <button type="button">Export</button>
        </figure>
      </main>
      <ImportStatus state={state} onCancel={() => {}} onDismiss={onDismiss} reportSlot={slot} />
    </ImportReportSlotContext>
  );
}

const floatingPanel = (container: HTMLElement) => container.querySelector('.fixed');

describe('ImportStatus', () => {
  it('puts the problems in the page, before the charts, not floating over them', async () => {
    const onDismiss = vi.fn();
    const { container } = render(
      <PageWithSlot
        state={{ files: [imported], notice: '1 file imported' }}
        onDismiss={onDismiss}
      />,
    );
    const problems = screen.getByRole('region', { name: 'Import problems' });
    expect(within(screen.getByRole('main')).getByRole('region', { name: 'Import problems' })).toBe(
      problems,
    );
    expect(problems).toHaveTextContent('"2019-13-45" is not a day of the calendar');
    expect(
      problems.compareDocumentPosition(screen.getByRole('figure', { name: 'Burn-down' })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(floatingPanel(container)).toBeNull();
    await userEvent.setup().click(within(problems).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('keeps the progress of a file still being read floating, with its Cancel', () => {
    const { container } = render(
      <PageWithSlot state={{ files: [imported, reading], notice: null }} onDismiss={() => {}} />,
    );
    const floating = floatingPanel(container);
    expect(floating).not.toBeNull();
    expect(within(floating as HTMLElement).getByRole('button', { name: /Cancel/ })).toBeVisible();
    expect(
      within(floating as HTMLElement).queryByRole('region', { name: 'Import problems' }),
    ).toBeNull();
    expect(
      within(screen.getByRole('main')).getByRole('region', { name: 'Import problems' }),
    ).toBeVisible();
  });

  it('without a place in the page, shows the problems floating as before', () => {
    const { container } = render(
      <ImportStatus
        state={{ files: [imported], notice: '1 file imported' }}
        onCancel={() => {}}
        onDismiss={() => {}}
      />,
    );
    const floating = floatingPanel(container);
    expect(floating).not.toBeNull();
    expect(
      within(floating as HTMLElement).getByRole('region', { name: 'Import problems' }),
    ).toBeVisible();
  });

  it('takes no room in the page while there is nothing to report', () => {
    const { container } = render(
      <PageWithSlot state={{ files: [], notice: null }} onDismiss={() => {}} />,
    );
    expect(container.querySelector('[data-import-report]')).toBeEmptyDOMElement();
    expect(floatingPanel(container)).toBeNull();
  });
});
