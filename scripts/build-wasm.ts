import { writeFile } from 'node:fs/promises';
import { compileKernel, KERNEL_MODULE, kernelModuleText } from './compile-wasm';

const binary = await compileKernel();
await writeFile(KERNEL_MODULE, kernelModuleText(binary));
console.log(`${KERNEL_MODULE}: ${binary.length} bytes of WebAssembly`);
