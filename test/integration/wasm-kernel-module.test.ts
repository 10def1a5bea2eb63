import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileKernel, KERNEL_MODULE, kernelModuleText } from '../../scripts/compile-wasm';
import { base64Bytes, vehicleKernelModule } from '../../src/domain/import/fast/vehicle-kernel-wasm';
import { VEHICLE_KERNEL_WASM } from '../../src/domain/import/fast/vehicle-kernel-wasm-module';

// The committed module must be its source compiled: an edit to either alone fails here.
describe('the WebAssembly row kernel', () => {
  it('is wasm/vehicle-kernel.ts as `npm run build:wasm` compiles it today', async () => {
    const binary = await compileKernel();
    const committed = readFileSync(resolve(__dirname, '../..', KERNEL_MODULE), 'utf8');
    expect(committed).toBe(kernelModuleText(binary));
    expect(base64Bytes(VEHICLE_KERNEL_WASM)).toEqual(binary);
  }, 60_000);

  it('compiles here (Node has WebAssembly with SIMD)', () => {
    const kernel = vehicleKernelModule();
    expect(kernel.ok ? 'compiled' : kernel.reason).toBe('compiled');
  });
});
