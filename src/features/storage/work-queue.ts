/** Runs async work one piece at a time, in the order it was asked for. */
export function createWorkQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work);
    // The tail only orders the work; each caller receives its own outcome through `next`.
    tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
}
