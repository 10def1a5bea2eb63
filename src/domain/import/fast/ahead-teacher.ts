import { SUMMARY_THRESHOLD } from '../normalise/summarise-issues';
import type { AheadCount } from './count-ahead-types';
import {
  DAYS,
  MODEL,
  MODEL_END,
  MODEL_START,
  REGION,
  REGION_END,
  REGION_START,
} from './kernel-config';
import type { VehicleKernelExports } from './vehicle-kernel-wasm';
import { NO_DAY } from './vehicle-tally';

/** The sightings of a day the far-date tally keeps (FarDateTally): the rows after are counted. */
const KEPT_SIGHTINGS = SUMMARY_THRESHOLD - 1;

/**
 * What the second reader teaches its kernel, from the rows it leaves: their labels (numbered
 * by their bytes, in its part's order) and groups at once, a day once its part has shown it as
 * often as the far-date tally keeps sightings. The first reader reads every row left, so it has
 * all it needs to name the counts by then.
 */
export class AheadTeacher {
  private readonly regionIds = new Map<string, number>();
  private readonly modelIds = new Map<string, number>();
  private readonly regionNames: string[] = [];
  private readonly modelNames: string[] = [];
  private readonly groups: number[] = [];
  private readonly sightings = new Map<number, number>();

  constructor(
    private readonly wasm: VehicleKernelExports,
    private readonly results: number,
    private readonly hasRegion: boolean,
    private readonly hasModel: boolean,
  ) {
    // A table without the column: its rows are counted under number 0.
    if (!hasRegion) this.regionNames.push('');
    if (!hasModel) this.modelNames.push('');
  }

  /** Teaches the kernel what the row it left lacked (its place in `words`, the kernel's results). */
  teach(piece: Uint8Array, words: Int32Array): void {
    const { wasm, results } = this;
    let region = 0;
    let model = 0;
    if (this.hasRegion) {
      const start = words[results + REGION_START] as number;
      const end = words[results + REGION_END] as number;
      region = this.label(REGION, piece, start, end);
    }
    if (this.hasModel) {
      const start = words[results + MODEL_START] as number;
      const end = words[results + MODEL_END] as number;
      model = this.label(MODEL, piece, start, end);
    }
    if (region >= 0 && model >= 0) {
      const block = wasm.teachGroup(region, model);
      if (block >= 0 && block * 2 === this.groups.length) this.groups.push(region, model);
    }
    for (let k = 0; k < 4; k++) {
      const day = words[results + DAYS + k] as number;
      if (day === NO_DAY) continue;
      const seen = (this.sightings.get(day) ?? 0) + 1;
      this.sightings.set(day, seen);
      if (seen >= KEPT_SIGHTINGS && wasm.dayFits(day)) wasm.teachDay(day);
    }
  }

  /** The labels and groups taught, as the count names them. */
  labels(): Pick<AheadCount, 'regions' | 'models' | 'groups'> {
    return {
      regions: this.hasRegion ? this.regionNames : null,
      models: this.hasModel ? this.modelNames : null,
      groups: Int32Array.from(this.groups),
    };
  }

  /** The number of a label's bytes, taught to the kernel; -1 when it has no room for it. */
  private label(role: number, piece: Uint8Array, start: number, end: number): number {
    const ids = role === REGION ? this.regionIds : this.modelIds;
    const names = role === REGION ? this.regionNames : this.modelNames;
    // The kernel counts ASCII rows only: a byte is a character.
    const name = String.fromCharCode(...piece.subarray(start, end));
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      if (!this.wasm.teachLabel(role, start, end, id)) return -1;
      ids.set(name, id);
      names.push(name);
    }
    return id;
  }
}
