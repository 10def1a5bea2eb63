import fc from 'fast-check';
import { runOrderBook } from './order-book';

describe('order book', () => {
  it.each([
    {
      name: 'orders ahead of deliveries need only the reserve',
      deliveries: [0, 1, 2],
      orders: [2, 1, 0],
      reserve: 5,
      expected: { openingBacklog: 5, backlog: [7, 7, 5] },
    },
    {
      name: 'deliveries ahead of orders raise the opening backlog',
      deliveries: [4, 4, 0],
      orders: [1, 1, 6],
      reserve: 0,
      expected: { openingBacklog: 6, backlog: [3, 0, 6] },
    },
    {
      name: 'an empty period keeps the reserve',
      deliveries: [],
      orders: [],
      reserve: 3,
      expected: { openingBacklog: 3, backlog: [] },
    },
  ])('$name', ({ deliveries, orders, reserve, expected }) => {
    const book = runOrderBook(
      deliveries,
      orders,
      reserve,
      deliveries.map(() => 0.5),
    );
    expect(book.openingBacklog).toBe(expected.openingBacklog);
    expect(book.backlog).toEqual(expected.backlog);
  });

  it.each([
    [0.4, 12_000, 4_800],
    [0.41, 999, 409],
    [1.2, 10, 10],
    [-0.1, 10, 0],
  ])('with share %d of %i open orders, %i are unscheduled', (share, open, unscheduled) => {
    const book = runOrderBook([0], [0], open, [share]);
    expect(book.unscheduled).toEqual([unscheduled]);
  });

  it('rejects series of different lengths', () => {
    expect(() => runOrderBook([1, 2], [1], 0, [0.5, 0.5])).toThrow(RangeError);
  });

  it('keeps the backlog identity, the reserve and unscheduled within the backlog', () => {
    const day = fc.record({
      delivered: fc.nat(2_000),
      ordered: fc.nat(2_000),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 120 }), fc.nat(5_000), (days, reserve) => {
        const deliveries = days.map((d) => d.delivered);
        const orders = days.map((d) => d.ordered);
        const book = runOrderBook(
          deliveries,
          orders,
          reserve,
          days.map((d) => d.share),
        );
        let previous = book.openingBacklog;
        book.backlog.forEach((open, i) => {
          expect(open).toBe(previous + (orders[i] ?? 0) - (deliveries[i] ?? 0));
          expect(open).toBeGreaterThanOrEqual(reserve);
          expect(book.unscheduled[i]).toBeGreaterThanOrEqual(0);
          expect(book.unscheduled[i]).toBeLessThanOrEqual(open);
          previous = open;
        });
        // The opening backlog is the smallest that keeps the reserve: some day touches it.
        const lowest = Math.min(book.openingBacklog, ...book.backlog);
        expect(lowest).toBe(reserve);
      }),
    );
  });
});
