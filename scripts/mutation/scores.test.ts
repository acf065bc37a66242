import { describe, expect, it } from 'vitest';
import { folderScores, foldersBelow, scoreTable, type MutationReport } from './scores.ts';

const mutants = (statuses: string) =>
  statuses.split('').map((c) => ({
    status: (
      {
        K: 'Killed',
        T: 'Timeout',
        S: 'Survived',
        N: 'NoCoverage',
        I: 'Ignored',
        C: 'CompileError',
        R: 'RuntimeError',
      } as const
    )[c as 'K']!,
  }));

const report: MutationReport = {
  files: {
    'src/domain/compare.ts': { mutants: mutants('KKKKKKKKTS') },
    'src/domain/metrics/metrics.ts': { mutants: mutants('KKKKKKKNCI') },
    'src/state/url/parse.ts': { mutants: mutants('KKKSSSNR') },
    'src/statey/other.ts': { mutants: mutants('SSSS') },
    'scripts/data/neighbours.ts': { mutants: mutants('KSSS') },
  },
};

describe('folderScores', () => {
  it('counts each folder apart, as (killed + timeout) / (killed + timeout + survived + no coverage)', () => {
    const [domain, state, map, data] = folderScores(report);
    expect(domain).toEqual({
      folder: 'src/domain',
      killed: 15,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      ignored: 1,
      errors: 1,
      score: (16 / 18) * 100,
    });
    // src/statey/ is another folder, not part of src/state.
    expect(state).toMatchObject({ killed: 3, survived: 3, noCoverage: 1, errors: 1 });
    expect(state!.score).toBeCloseTo((3 / 7) * 100, 10);
    // A folder without mutants in the report has no score.
    expect(map).toMatchObject({ folder: 'src/map', killed: 0, score: null });
    expect(data).toEqual({
      folder: 'scripts/data',
      killed: 1,
      timeout: 0,
      survived: 3,
      noCoverage: 0,
      ignored: 0,
      errors: 0,
      score: 25,
    });
    expect(folderScores(report, ['src/other'])[0]!.score).toBeNull();
  });
});

describe('foldersBelow', () => {
  it('names the checked folders under 80 %, not those at 80 %, outside the run or not checked', () => {
    const scores = folderScores(report);
    // scripts/data, at 25 %, is reported but not checked.
    expect(foldersBelow(scores)).toEqual(['src/state']);
    expect(foldersBelow(scores, 80, ['src/state', 'scripts/data'])).toEqual([
      'src/state',
      'scripts/data',
    ]);
    expect(foldersBelow(scores, 88.8)).toEqual(['src/state']);
    expect(foldersBelow(scores, 88.9)).toEqual(['src/domain', 'src/state']);
    const exactly = folderScores({ files: { 'src/state/a.ts': { mutants: mutants('KKKKS') } } });
    expect(foldersBelow(exactly)).toEqual([]);
  });
});

describe('scoreTable', () => {
  it('writes a Markdown row per folder with the score to one decimal', () => {
    expect(scoreTable(folderScores(report)).split('\n')).toEqual([
      '| folder | score | killed | timeout | survived | no coverage | ignored (static or equivalent) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| src/domain | 88.9 % | 15 | 1 | 1 | 1 | 1 |',
      '| src/state | 42.9 % | 3 | 0 | 3 | 1 | 0 |',
      '| src/map | not in this run | 0 | 0 | 0 | 0 | 0 |',
      '| scripts/data | 25.0 % (reported, not checked) | 1 | 0 | 3 | 0 | 0 |',
    ]);
  });
});
