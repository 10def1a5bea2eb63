// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmptyState } from './empty-state';

describe('empty state', () => {
  it('explains the app, offers the sample and promises the files stay in the browser', async () => {
    const onLoadSample = vi.fn();
    render(<EmptyState onLoadSample={onLoadSample} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Your files never leave this browser: everything is computed on this device.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load sample data' }));
    expect(onLoadSample).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Templates')).not.toBeInTheDocument();
  });

  it('shows the upload slot and the templates when given', () => {
    render(
      <EmptyState
        onLoadSample={() => {}}
        upload={
          <label>
            Upload spreadsheets
            <input type="file" />
          </label>
        }
        templates={<h2>Templates</h2>}
      />,
    );
    expect(screen.getByLabelText('Upload spreadsheets')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Templates' })).toBeInTheDocument();
  });

  it('disables the button while loading and says why loading failed', () => {
    render(<EmptyState onLoadSample={() => {}} loading loadError="network is off" />);
    expect(screen.getByRole('button', { name: 'Load sample data' })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The sample could not be loaded: network is off',
    );
  });
});
