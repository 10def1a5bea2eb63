import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy/waitFor give up after 1 s by default: on a 2-core CI machine running test files in
// parallel, the dashboard's first render in jsdom takes longer than that now and then.
configure({ asyncUtilTimeout: 5000 });
