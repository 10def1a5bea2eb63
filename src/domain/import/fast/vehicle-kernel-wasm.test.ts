import { afterEach, vi } from 'vitest';

/** The kernel module, loaded afresh (it remembers its compile), with WebAssembly as `stub`. */
async function loadWith(stub: unknown) {
  vi.resetModules();
  vi.stubGlobal('WebAssembly', stub);
  const kernel = await import('./vehicle-kernel-wasm');
  const fastText = await import('./fast-text-import');
  return { kernel, fastText };
}

const real = WebAssembly;
const refusing = (error: Error) => ({
  ...real,
  CompileError: real.CompileError,
  Module: class {
    constructor() {
      throw error;
    }
  },
});

const FILE = [
  'VIN,Country,Model,Order date,Delivery date',
  ...Array.from({ length: 40 }, (_, r) => `V${r},Norway,Model 3,2019-06-0${(r % 9) + 1},`),
].join('\n');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('where the WebAssembly kernel cannot run', () => {
  it.each([
    ['no WebAssembly at all', undefined, /no WebAssembly/],
    [
      'a policy without wasm-unsafe-eval',
      refusing(new real.CompileError("Refused to compile: 'wasm-unsafe-eval' is not allowed")),
      /wasm-unsafe-eval/,
    ],
    [
      "a browser's main thread (big modules only compile asynchronously)",
      refusing(new RangeError('WebAssembly.Module(): Buffer size is over the limit')),
      /over the limit/,
    ],
  ])('%s: the JavaScript kernel reads the rows, with the same outcome', async (_n, stub, why) => {
    const { kernel, fastText } = await loadWith(stub);
    const module = kernel.vehicleKernelModule();
    expect(module.ok ? 'compiled' : module.reason).toMatch(why);
    expect(kernel.acquireKernelInstance()).toBeNull();
    const bytes = new TextEncoder().encode(FILE);
    const outcome = fastText.importTextFast(bytes, { file: 'v.csv' });
    vi.unstubAllGlobals();
    const { fastText: withWasm } = await loadWith(real);
    expect(outcome).toEqual(withWasm.importTextFast(bytes, { file: 'v.csv' }));
    expect(outcome.eligible).toBe(true);
  });

  it('throws what is a bug, not a refusal', async () => {
    const { kernel } = await loadWith(refusing(new TypeError('a bug')));
    expect(() => kernel.vehicleKernelModule()).toThrow('a bug');
  });
});

describe('prepareKernelInstance', () => {
  it('leaves an instance ready, its memory grown, for the next reader to take', async () => {
    const { kernel } = await loadWith(real);
    kernel.prepareKernelInstance(8 << 20);
    const instance = kernel.acquireKernelInstance();
    expect(instance?.memory.buffer.byteLength).toBe(8 << 20);
    if (instance) kernel.releaseKernelInstance(instance);
    // A memory already that big is not grown again, and the same instance is made ready.
    kernel.prepareKernelInstance(4 << 20);
    expect(kernel.acquireKernelInstance()).toBe(instance);
    expect(instance?.memory.buffer.byteLength).toBe(8 << 20);
  });

  it('does nothing where the kernel cannot run', async () => {
    const { kernel } = await loadWith(undefined);
    expect(() => kernel.prepareKernelInstance()).not.toThrow();
    expect(kernel.acquireKernelInstance()).toBeNull();
  });
});
