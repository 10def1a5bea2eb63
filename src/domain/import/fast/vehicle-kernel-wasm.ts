import { VEHICLE_KERNEL_WASM } from './vehicle-kernel-wasm-module';

/** The compiled kernel's exports (wasm/vehicle-kernel.ts). */
export interface VehicleKernelExports {
  memory: WebAssembly.Memory;
  WINDOW: WebAssembly.Global;
  MAX_ROWS: WebAssembly.Global;
  MAX_INPUT: WebAssembly.Global;
  PAIR_BLOCK: WebAssembly.Global;
  configure(
    delimiter: number,
    width: number,
    regionFixed: number,
    modelFixed: number,
    countsUnscheduled: number,
    yearFrom: number,
    yearTo: number,
    logSightings: number,
  ): number;
  fieldRole(field: number, role: number, event: number): void;
  ensureInput(size: number): number;
  resultsAt(): number;
  farCountsAt(): number;
  groupBlockAt(block: number): number;
  groupBlocks(): number;
  firstWindowDay(): number;
  countedFrom(): number;
  countedDays(): number;
  sightingsAt(): number;
  readRows(at: number, end: number, maxRows: number): number;
  teachLabel(role: number, start: number, end: number, id: number): number;
  teachGroup(region: number, model: number): number;
  teachDay(day: number): number;
  dayFits(day: number): number;
  clearCounts(): void;
  addInto(to: number, from: number, count: number): void;
  clearYearFirsts(): void;
  addPairs(at: number, count: number): number;
  pairsFiled(): number;
  partsAt(): number;
  partRepeats(part: number, count: number): number;
}

/** Whether the WebAssembly kernel can run here, and why not when it cannot. */
export type KernelModule = { ok: true; module: WebAssembly.Module } | { ok: false; reason: string };

let compiled: KernelModule | null = null;

/**
 * The kernel's module, compiled once. Where WebAssembly is missing or refused (a page whose
 * Content-Security-Policy lacks 'wasm-unsafe-eval'), the JavaScript kernel reads the rows: the
 * same rows, only slower, so the reason is kept for the bench and tests, not shown to people.
 */
export function vehicleKernelModule(): KernelModule {
  if (compiled !== null) return compiled;
  if (typeof WebAssembly === 'undefined') return { ok: false, reason: 'no WebAssembly here' };
  try {
    compiled = { ok: true, module: new WebAssembly.Module(base64Bytes(VEHICLE_KERNEL_WASM)) };
  } catch (error) {
    // Expected: a CompileError (the policy, or no SIMD), or the RangeError of a browser's main
    // thread, which compiles only tiny modules synchronously (the import runs there only where
    // workers cannot). Anything else is a bug.
    if (!(error instanceof WebAssembly.CompileError || error instanceof RangeError)) throw error;
    compiled = { ok: false, reason: error.message };
  }
  return compiled;
}

/** Instances whose tables were read to the end: the next table configures one afresh. */
const idle: VehicleKernelExports[] = [];
const MAX_IDLE = 4;

/**
 * An instance of the kernel, or null where it cannot run. Instances are used again (a test run
 * reads thousands of small tables): each new one reserves a memory of its own, which only the
 * garbage collector gives back.
 */
export function acquireKernelInstance(): VehicleKernelExports | null {
  const kernel = vehicleKernelModule();
  if (!kernel.ok) return null;
  return (
    idle.pop() ??
    (new WebAssembly.Instance(kernel.module, {}).exports as unknown as VehicleKernelExports)
  );
}

/** What an instance's memory is grown to before a file comes: a 2-million-row file's needs. */
const PREPARED_BYTES = 64 << 20;
const PAGE_BYTES = 1 << 16;

/**
 * Compiles the kernel and makes an instance ready, its memory grown, while a worker waits for
 * a file: growing a memory later, while a file is read, costs the reader a garbage collection
 * (the embedder counts it as external memory), and pages never written take no room.
 */
export function prepareKernelInstance(bytes = PREPARED_BYTES): void {
  const instance = acquireKernelInstance();
  if (instance === null) return;
  const pages = Math.ceil(bytes / PAGE_BYTES) - instance.memory.buffer.byteLength / PAGE_BYTES;
  if (pages > 0) instance.memory.grow(pages);
  releaseKernelInstance(instance);
}

/** Gives back an instance whose counts were all read. */
export function releaseKernelInstance(instance: VehicleKernelExports): void {
  if (idle.length < MAX_IDLE && !idle.includes(instance)) idle.push(instance);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 (no padding needed): the domain runs where atob may not. */
export function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const values = new Uint8Array(128);
  for (let k = 0; k < ALPHABET.length; k++) values[ALPHABET.charCodeAt(k)] = k;
  const length = text.replace(/=+$/, '').length;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let held = 0;
  let out = 0;
  for (let k = 0; k < length; k++) {
    bits = (bits << 6) | (values[text.charCodeAt(k)] as number);
    held += 6;
    if (held >= 8) {
      held -= 8;
      bytes[out++] = (bits >> held) & 0xff;
    }
  }
  return bytes;
}
