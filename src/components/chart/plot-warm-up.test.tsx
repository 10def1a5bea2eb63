// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import { PlotWarmUp } from './plot-warm-up';

describe('PlotWarmUp', () => {
  it('waits for idle time, draws a plot out of sight and hidden from everyone, then goes', async () => {
    const { container } = render(<PlotWarmUp />);
    expect(container).toBeEmptyDOMElement();
    const seen: { hidden: string | null; inert: boolean; drawn: boolean }[] = [];
    await waitFor(
      () => {
        const box = container.querySelector<HTMLElement>('[data-plot-warm-up]');
        if (box) {
          seen.push({
            hidden: box.getAttribute('aria-hidden'),
            inert: box.inert || box.hasAttribute('inert'),
            drawn: box.querySelector('.recharts-reference-line') !== null,
          });
        }
        expect(seen.some((state) => state.drawn)).toBe(true);
      },
      { timeout: 10_000, interval: 5 },
    );
    expect(seen.every((state) => state.hidden === 'true' && state.inert)).toBe(true);
    await waitFor(() => expect(container).toBeEmptyDOMElement(), { timeout: 10_000 });
  }, 30_000);
});
