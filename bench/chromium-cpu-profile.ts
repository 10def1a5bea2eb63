// The page functions below run in Chromium: their DOM types come from here, not from Node.
/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function the page runs once the profiler started: its samples tie profile time to page time. */
const MARK = '__benchProfileMark';

/** React's and the scheduler's own frames: the tasks are told apart by the app's functions. */
const FRAMEWORK = new Set([
  '(root)',
  '(program)',
  '(idle)',
  'performWorkUntilDeadline',
  'performWorkOnRoot',
  'performWorkOnRootViaSchedulerTask',
  'performSyncWorkOnRoot',
  'flushSyncWorkAcrossRoots_impl',
  'processRootScheduleInMicrotask',
  'renderRootSync',
  'renderRootConcurrent',
  'workLoopSync',
  'workLoopConcurrentByScheduler',
  'performUnitOfWork',
  'beginWork',
  'completeUnitOfWork',
  'completeWork',
  'updateFunctionComponent',
  'renderWithHooks',
  'commitRoot',
  'completeRoot',
  'completeRootWhenReady',
  'flushSpawnedWork',
  'flushPendingEffects',
  'flushPassiveEffects',
  'commitHookEffectListMount',
  'recursivelyTraversePassiveMountEffects',
  'commitPassiveMountOnFiber',
  'recursivelyTraverseLayoutEffects',
  'commitLayoutEffectOnFiber',
  'recursivelyTraverseMutationEffects',
  'commitMutationEffectsOnFiber',
  'flushMutationEffects',
  'flushLayoutEffects',
  'updateForwardRef',
  'updateMemoComponent',
  'updateSimpleMemoComponent',
  'mountMemo',
  'updateMemo',
  'useMemo',
  'exports.useMemo',
  '',
]);

/**
 * A CPU profile of the page (Chromium's Profiler through the DevTools protocol) while
 * `BENCH_CPU_PROFILE` names a folder: `stop` writes `<name>.cpuprofile` there (DevTools'
 * Performance panel opens it) and prints, for each long task given, where its time went. Build
 * the app unminified (`--minify false`) for readable names. Nothing is recorded when unset.
 */
export async function startCpuProfile(
  page: Page,
  name: string,
): Promise<{ stop: (longTasks: readonly { start: number; duration: number }[]) => Promise<void> }> {
  const folder = process.env.BENCH_CPU_PROFILE;
  if (!folder) return { stop: async () => {} };
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  // Text, not a function: the bench's compiler would wrap a named function in a helper the page
  // does not have.
  const markedAt = await page.evaluate<number>(`(() => {
    function ${MARK}() { const end = performance.now() + 3; while (performance.now() < end); }
    const at = performance.now();
    ${MARK}();
    return at;
  })()`);
  return {
    stop: async (longTasks) => {
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      await session.detach();
      mkdirSync(folder, { recursive: true });
      const file = join(folder, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  CPU profile written to ${file}`);
      printLongTasks(profile, markedAt, longTasks);
    },
  };
}

function printLongTasks(
  profile: Profile,
  markedAt: number,
  longTasks: readonly { start: number; duration: number }[],
): void {
  const parents = new Map<number, ProfileNode>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node);
  const times: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((time += delta));
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let node = nodes.get(id); node; node = parents.get(node.id)) stack.push(node);
    return stack;
  };
  const marked = profile.samples.findIndex((id) =>
    stackOf(id).some((node) => node.callFrame.functionName === MARK),
  );
  if (marked < 0) {
    console.log('  (the profile missed its time mark: no breakdown of the long tasks)');
    return;
  }
  // Profile µs to page ms.
  const toPage = (us: number) => markedAt + (us - (times[marked] ?? 0)) / 1000;
  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  for (const task of longTasks.filter((each) => each.duration > 50)) {
    const own = new Map<string, number>();
    const app = new Map<string, number>();
    const components = new Map<string, number>();
    profile.samples.forEach((id, k) => {
      const at = toPage(times[k] ?? 0);
      if (at < task.start || at > task.start + task.duration) return;
      const weight = ((times[k + 1] ?? times[k] ?? 0) - (times[k] ?? 0)) / 1000;
      const stack = stackOf(id);
      const top = stack[0];
      if (top) own.set(label(top), (own.get(label(top)) ?? 0) + weight);
      for (const name of new Set(
        stack.filter((node) => !FRAMEWORK.has(node.callFrame.functionName)).map(label),
      ))
        app.set(name, (app.get(name) ?? 0) + weight);
      // React components (capitalised): which chart or part of the page the task drew.
      for (const name of new Set(
        stack.map((node) => node.callFrame.functionName).filter((name) => /^[A-Z]/.test(name)),
      ))
        components.set(name, (components.get(name) ?? 0) + weight);
    });
    const top = (sums: Map<string, number>, count: number) =>
      [...sums]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, ms]) => `${ms.toFixed(1)} ${name}`)
        .join('; ');
    console.log(`  task of ${task.duration.toFixed(0)} ms at page ${task.start.toFixed(0)} ms`);
    console.log(`    self: ${top(own, 6)}`);
    console.log(`    within: ${top(app, 10)}`);
    console.log(`    components: ${top(components, 12)}`);
  }
}
