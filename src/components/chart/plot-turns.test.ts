// @vitest-environment jsdom
import fc from 'fast-check';
import { PlotTurns, nextPlotTurn, type PlotSlot, type PlotTurnRequest } from './plot-turns';

/** Slots run by hand: `run()` runs the pending slot, if any. */
function manualSlots() {
  const slots: { run: () => void; urgent: boolean; cancelled: boolean }[] = [];
  const slot: PlotSlot = (run, urgent) => {
    const entry = { run, urgent, cancelled: false };
    slots.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  const live = () => slots.filter((entry) => !entry.cancelled);
  return {
    slot,
    live,
    /** Runs the one live slot; false when none is waiting. */
    run(): boolean {
      const entry = live()[0];
      if (!entry) return false;
      entry.cancelled = true;
      entry.run();
      return true;
    },
  };
}

/** Elements in page order, one per plot. */
function elementsInPage(count: number): HTMLElement[] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, (_, index) => {
    const element = document.createElement('div');
    element.dataset.index = String(index);
    document.body.append(element);
    return element;
  });
}

function requestFor(
  element: HTMLElement | null,
  inView: () => boolean,
  granted: string[],
  name: string,
): PlotTurnRequest {
  return { element: () => element, inView, grant: () => granted.push(name) };
}

describe('nextPlotTurn', () => {
  it.each([
    {
      name: 'the first in page order when none is in view',
      inView: [false, false, false],
      next: 0,
    },
    { name: 'the first in view', inView: [false, true, true], next: 1 },
    { name: 'the only one in view, even last', inView: [false, false, true], next: 2 },
  ])('picks $name', ({ inView, next }) => {
    const elements = elementsInPage(inView.length);
    const granted: string[] = [];
    // Asked in reverse: page order, not the order of asking, decides.
    const requests = elements
      .map((element, index) => requestFor(element, () => inView[index] ?? false, granted, ''))
      .reverse();
    expect(nextPlotTurn(requests)?.element()).toBe(elements[next]);
  });

  it('puts a plot without an element after the others', () => {
    const [element] = elementsInPage(1);
    const granted: string[] = [];
    const detached = requestFor(null, () => false, granted, 'detached');
    const placed = requestFor(element ?? null, () => false, granted, 'placed');
    expect(nextPlotTurn([detached, placed])).toBe(placed);
    expect(nextPlotTurn([])).toBeUndefined();
  });
});

describe('PlotTurns', () => {
  it('grants one plot per slot, those in view first, then in page order', () => {
    const elements = elementsInPage(4);
    const slots = manualSlots();
    const turns = new PlotTurns(slots.slot);
    const granted: string[] = [];
    const inView = new Set([2]);
    elements.forEach((element, index) =>
      turns.request(requestFor(element, () => inView.has(index), granted, `plot ${index}`)),
    );
    expect(granted).toEqual([]);
    expect(slots.live()).toHaveLength(1);
    expect(slots.live()[0]?.urgent).toBe(true);
    slots.run();
    expect(granted).toEqual(['plot 2']);
    // Nothing in view any more: the next slot waits for idle time.
    expect(slots.live()[0]?.urgent).toBe(false);
    while (slots.run());
    expect(granted).toEqual(['plot 2', 'plot 0', 'plot 1', 'plot 3']);
    expect(turns.pending).toBe(0);
  });

  it('forgets a plot that leaves before its turn, and stops when none waits', () => {
    const elements = elementsInPage(2);
    const slots = manualSlots();
    const turns = new PlotTurns(slots.slot);
    const granted: string[] = [];
    const leave = turns.request(requestFor(elements[0] ?? null, () => true, granted, 'first'));
    const leaveToo = turns.request(requestFor(elements[1] ?? null, () => true, granted, 'second'));
    leave();
    slots.run();
    expect(granted).toEqual(['second']);
    leaveToo();
    expect(slots.live()).toHaveLength(0);
    const third = turns.request(requestFor(elements[0] ?? null, () => false, granted, 'third'));
    third();
    expect(slots.live()).toHaveLength(0);
    expect(granted).toEqual(['second']);
  });

  it('hurries an idle slot when a waiting plot comes into view', () => {
    const [element] = elementsInPage(1);
    const slots = manualSlots();
    const turns = new PlotTurns(slots.slot);
    const granted: string[] = [];
    let seen = false;
    turns.request(requestFor(element ?? null, () => seen, granted, 'plot'));
    expect(slots.live().map((entry) => entry.urgent)).toEqual([false]);
    seen = true;
    turns.hurry();
    expect(slots.live().map((entry) => entry.urgent)).toEqual([true]);
    turns.hurry();
    expect(slots.live()).toHaveLength(1);
  });

  it('says when the last waiting plot got its turn', () => {
    const elements = elementsInPage(2);
    const slots = manualSlots();
    let drained = 0;
    const turns = new PlotTurns(slots.slot, () => drained++);
    const granted: string[] = [];
    elements.forEach((element, index) =>
      turns.request(requestFor(element, () => false, granted, `plot ${index}`)),
    );
    slots.run();
    expect(drained).toBe(0);
    slots.run();
    expect(drained).toBe(1);
  });

  it('grants every plot exactly once, never one off screen while one in view waits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (inView, leaving) => {
          const elements = elementsInPage(inView.length);
          const slots = manualSlots();
          const turns = new PlotTurns(slots.slot);
          const granted: string[] = [];
          const leaves = elements.map((element, index) =>
            turns.request(
              requestFor(element, () => inView[index] ?? false, granted, String(index)),
            ),
          );
          const left = new Set(leaving.map((pick) => pick % elements.length));
          for (const index of left) leaves[index]?.();
          const order: number[] = [];
          while (slots.run()) order.push(Number(granted[granted.length - 1]));
          const expected = elements.map((_, index) => index).filter((index) => !left.has(index));
          expect([...order].sort((a, b) => a - b)).toEqual(expected);
          // In view first, each group in page order.
          const seen = expected.filter((index) => inView[index]);
          const unseen = expected.filter((index) => !inView[index]);
          expect(order).toEqual([...seen, ...unseen]);
          expect(slots.live()).toHaveLength(0);
        },
      ),
    );
  });
});
