import { datasetFromRecords } from '../../domain/records/build-dataset';
import { planFile, type TargetDataset } from './loaded-data';

function stored(id: string, name: string, sources: string[]): TargetDataset {
  const dataset = datasetFromRecords(
    [{ day: 18076, region: 'US', values: { deliveries: 1 } }],
    sources,
  );
  return { id, name, sources, dataset };
}

const us = stored('a', 'us.csv', ['us.csv']);
const renamed = stored('b', 'Norway, June', ['norway.csv']);
const merged = stored('c', 'x.csv, y.csv', ['x.csv', 'y.csv']);
const all = [us, renamed, merged];

describe('planFile', () => {
  it.each([
    // file, replaceId, replaced id, name, message
    ['new.csv', null, null, 'new.csv', null],
    ['us.csv', null, 'a', 'us.csv', 'us.csv was loaded before; its earlier data is replaced.'],
    [
      'norway.csv',
      null,
      'b',
      'Norway, June',
      'norway.csv was loaded before; its earlier data is replaced.',
    ],
    [
      'us-july.csv',
      'a',
      'a',
      'us-july.csv',
      'us-july.csv replaces the dataset us.csv; its earlier data is removed.',
    ],
    [
      'n2.csv',
      'b',
      'b',
      'Norway, June',
      'n2.csv replaces the dataset Norway, June; its earlier data is removed.',
    ],
    // A dataset of several files is not "the same file" as one of them.
    ['x.csv', null, null, 'x.csv', null],
    // A dataset that is gone by the time the file is imported: the file's own dataset is used.
    ['us.csv', 'gone', 'a', 'us.csv', 'us.csv was loaded before; its earlier data is replaced.'],
  ])('%s (replace %s) replaces %s as %s', (file, replaceId, replacedId, name, message) => {
    const plan = planFile(all, file, replaceId);
    expect(plan.file).toBe(file);
    expect(plan.replaces?.id ?? null).toBe(replacedId);
    expect(plan.name).toBe(name);
    expect(plan.issues.map((issue) => issue.message)).toEqual(message ? [message] : []);
    expect(plan.issues.every((i) => i.code === 'replaced' && i.file === file)).toBe(true);
    // The file is merged against every other dataset, each one a source of its own.
    const others = all.filter((entry) => entry.id !== replacedId);
    expect(plan.existing).toEqual({
      kind: 'datasets',
      datasets: others.map((entry) => ({ dataset: entry.dataset, sources: entry.sources })),
    });
  });

  it('merges against nothing when there is nothing else', () => {
    expect(planFile([], 'us.csv', null).existing).toEqual({ kind: 'none' });
    expect(planFile([us], 'us.csv', null).existing).toEqual({ kind: 'none' });
  });
});
