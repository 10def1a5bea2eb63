import { createContext } from 'react';
import { whenIdle } from './when-idle';

/** A plot waiting to be drawn for the first time. */
export interface PlotTurnRequest {
  /** Where the plot will be: plots are drawn in page order (null: after the others). */
  element: () => Element | null;
  /** Whether anyone can see it now: plots in view are drawn first. */
  inView: () => boolean;
  /** Called once, when it is this plot's turn. */
  grant: () => void;
}

/**
 * Runs `run` at the next slot for a plot, unless the returned function cancels it first. An
 * urgent slot (a plot in view waits) comes after the next frame is painted; otherwise, when idle.
 */
export type PlotSlot = (run: () => void, urgent: boolean) => () => void;

/** After the next paint: a frame, then a task once that frame is drawn. */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export const nextPlotSlot: PlotSlot = (run, urgent) =>
  urgent && typeof requestAnimationFrame === 'function' ? afterNextPaint(run) : whenIdle(run);

function beforeInPage(a: PlotTurnRequest, b: PlotTurnRequest): number {
  const first = a.element();
  const second = b.element();
  if (!first || !second) return first ? -1 : second ? 1 : 0;
  if (first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The plot to draw next: the first in page order of those in view, else the first of all. */
export function nextPlotTurn(waiting: readonly PlotTurnRequest[]): PlotTurnRequest | undefined {
  const seen = waiting.filter((request) => request.inView());
  return [...(seen.length > 0 ? seen : waiting)].sort(beforeInPage)[0];
}

/**
 * Draws plots one at a time, one per slot, those in view first. Mounting a Recharts plot is
 * tens of ms of render, layout and store updates; a new dataset mounts every chart at once, which
 * made one main-thread task of 200–350 ms. One plot a slot keeps each task short, and the page
 * paints (and answers) between plots.
 */
export class PlotTurns {
  private readonly waiting = new Set<PlotTurnRequest>();
  private cancelSlot: (() => void) | null = null;
  private slotUrgent = false;

  /** `drained`: called each time the last waiting plot got its turn. */
  constructor(
    private readonly slot: PlotSlot = nextPlotSlot,
    private readonly drained: () => void = () => {},
  ) {}

  /** Queues a plot; the returned function takes it out of the queue (when it unmounts). */
  request(request: PlotTurnRequest): () => void {
    this.waiting.add(request);
    this.schedule();
    // Asked in view while the slot waits for idle time (for plots nobody sees): no more waiting.
    if (request.inView()) this.hurry();
    return () => {
      this.waiting.delete(request);
      if (this.waiting.size === 0) this.cancel();
    };
  }

  /** A waiting plot came into view (or an image needs every plot): no more waiting for idle. */
  hurry(): void {
    if (this.cancelSlot && !this.slotUrgent) {
      this.cancel();
      this.schedule();
    }
  }

  get pending(): number {
    return this.waiting.size;
  }

  private cancel(): void {
    this.cancelSlot?.();
    this.cancelSlot = null;
  }

  private schedule(): void {
    if (this.cancelSlot || this.waiting.size === 0) return;
    const urgent = [...this.waiting].some((request) => request.inView());
    this.slotUrgent = urgent;
    this.cancelSlot = this.slot(() => {
      this.cancelSlot = null;
      const next = nextPlotTurn([...this.waiting]);
      if (next) {
        this.waiting.delete(next);
        next.grant();
        if (this.waiting.size === 0) this.drained();
      }
      this.schedule();
    }, urgent);
  }
}

/**
 * The queue plots of a dashboard take turns in to be drawn first; null (the default): every
 * plot draws as soon as it mounts (a single chart, an image export, tests).
 */
export const PlotTurnsContext = createContext<PlotTurns | null>(null);
