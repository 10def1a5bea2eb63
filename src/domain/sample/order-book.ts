/** Daily orders, open orders and unscheduled open orders of one country and model line. */
export interface OrderBook {
  orders: number[];
  /** Open orders at the end of each day. */
  backlog: number[];
  unscheduled: number[];
  /** Open orders on the eve of the first day. */
  openingBacklog: number;
}

/**
 * Runs the order book forward: backlog_d = backlog_{d−1} + orders_d − deliveries_d. The opening
 * backlog is the smallest that keeps every day's backlog at or above `reserve` (cars are only
 * delivered against orders), plus that reserve. Unscheduled open orders are a share of the
 * backlog, rounded down so they never exceed it.
 */
export function runOrderBook(
  deliveries: readonly number[],
  orders: readonly number[],
  reserve: number,
  unscheduledShare: readonly number[],
): OrderBook {
  if (orders.length !== deliveries.length || unscheduledShare.length !== deliveries.length) {
    throw new RangeError('deliveries, orders and unscheduled shares must cover the same days');
  }
  let running = 0;
  let lowest = 0;
  deliveries.forEach((delivered, i) => {
    running += (orders[i] ?? 0) - delivered;
    lowest = Math.min(lowest, running);
  });
  const openingBacklog = reserve - lowest;
  const backlog: number[] = [];
  let open = openingBacklog;
  deliveries.forEach((delivered, i) => {
    open += (orders[i] ?? 0) - delivered;
    backlog.push(open);
  });
  const unscheduled = backlog.map((open, i) => {
    const share = Math.min(1, Math.max(0, unscheduledShare[i] ?? 0));
    return Math.floor(open * share);
  });
  return { orders: [...orders], backlog, unscheduled, openingBacklog };
}
