// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { withEveryChartCurrent } from './every-chart-current';
import { useLagOffScreen } from './use-lag-off-screen';

function hook(value: string, inView: boolean) {
  return renderHook((props) => useLagOffScreen(props.value, props.inView), {
    initialProps: { value, inView },
  });
}

describe('useLagOffScreen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    // in view at first, then: the new value, in view or not → shown at once, pending
    [true, true, 'Q3', false],
    [true, false, 'Q2', true],
    [false, true, 'Q3', false],
    [false, false, null, true],
  ] as const)(
    'in view %s, then %s: shows %s, pending %s, and the new value once idle',
    (firstInView, nextInView, shownAtOnce, pending) => {
      const { result, rerender } = hook('Q2', firstInView);
      rerender({ value: 'Q3', inView: nextInView });
      expect(result.current).toEqual({ shown: shownAtOnce, pending });
      act(() => vi.advanceTimersByTime(1000));
      expect(result.current).toEqual({ shown: 'Q3', pending: false });
    },
  );

  it('shows the latest at once when it comes into view, without waiting for idle', () => {
    const { result, rerender } = hook('Q2', true);
    rerender({ value: 'Q3', inView: false });
    rerender({ value: 'Q4', inView: false });
    expect(result.current.shown).toBe('Q2');
    rerender({ value: 'Q4', inView: true });
    expect(result.current).toEqual({ shown: 'Q4', pending: false });
  });
});

describe('useLagOffScreen, with a parent that renders more often than the page is idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('still catches up, with the newest value', () => {
    const { result, rerender } = hook('v0', false);
    // A new value every 40 ms for 2 s: the wait for idle is never restarted by them.
    for (let i = 1; i <= 50; i++) {
      rerender({ value: `v${i}`, inView: false });
      act(() => vi.advanceTimersByTime(40));
    }
    expect(result.current.shown).not.toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toEqual({ shown: 'v50', pending: false });
  });
});

describe('useLagOffScreen while an image of the page is made', () => {
  it('shows the latest value off screen at once, and lags again afterwards', async () => {
    const { result, rerender } = hook('Q2', true);
    rerender({ value: 'Q3', inView: false });
    expect(result.current).toEqual({ shown: 'Q2', pending: true });
    const root = document.createElement('div');
    let seenDuringWork: unknown = null;
    await act(() =>
      withEveryChartCurrent(root, () => {
        seenDuringWork = result.current;
        return Promise.resolve();
      }),
    );
    expect(seenDuringWork).toEqual({ shown: 'Q3', pending: false });
    rerender({ value: 'Q4', inView: false });
    expect(result.current).toEqual({ shown: 'Q3', pending: true });
  });

  it('waits while a plot under the root still says it is pending, up to the time limit', async () => {
    const root = document.createElement('div');
    const plot = document.createElement('div');
    plot.setAttribute('data-plot-pending', '');
    root.append(plot);
    setTimeout(() => plot.removeAttribute('data-plot-pending'), 100);
    const started = performance.now();
    let pendingAtWork: boolean | null = null;
    await withEveryChartCurrent(root, () => {
      pendingAtWork = plot.hasAttribute('data-plot-pending');
      return Promise.resolve();
    });
    expect(pendingAtWork).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);

    plot.setAttribute('data-plot-pending', '');
    await withEveryChartCurrent(root, () => Promise.resolve(), 50);
    expect(plot.hasAttribute('data-plot-pending')).toBe(true);
  });
});
