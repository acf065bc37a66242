import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullBuild } from '../server/public-build.ts';
import { KB, kB, measureSizes, type SizeReport } from './sizes.ts';

/**
 * The size budget, run by `npm test` after `npm run build`: our own initial JavaScript (all but
 * maplibre-gl and react/react-dom) at most 80 kB gzip, the generated data for the two counties
 * (dist/data/*.geojson, *.json) at most 150 kB gzip in total. How sizes are measured and
 * attributed: scripts/sizes.ts.
 */
export const BUDGET = {
  /** Initial JavaScript of our own code (everything but maplibre-gl and React), gzip. */
  ownInitialJsGzip: 80 * KB,
  /** The generated data for the two counties (dist/data/*.geojson, *.json), gzip, in total. */
  dataGzip: 150 * KB,
} as const;

export interface BudgetCheck {
  name: string;
  ok: boolean;
  actual: number;
  budget: number;
  /** The parts behind the number, largest first, for the message. */
  details: string[];
}

/** The size budget: our own initial JS ≤ 80 kB gzip, the generated data ≤ 150 kB gzip. */
export function checkBudget(report: SizeReport): BudgetCheck[] {
  const own = report.initialJs.byCategory.own.gzip;
  return [
    {
      name: 'initial JavaScript, our own code (all but maplibre-gl and react/react-dom), gzip',
      ok: own <= BUDGET.ownInitialJsGzip,
      actual: own,
      budget: BUDGET.ownInitialJsGzip,
      details: report.initialJs.packages
        .filter((p) => p.category === 'own')
        .slice(0, 8)
        .map((p) => `${p.name}: ${kB(p.gzip)}`),
    },
    {
      name: `generated data${report.dataFocusCounties ? ` (counties ${report.dataFocusCounties.join(', ')})` : ''}, gzip, in total`,
      ok: report.dataTotal.gzip <= BUDGET.dataGzip,
      actual: report.dataTotal.gzip,
      budget: BUDGET.dataGzip,
      details: [...report.data]
        .sort((a, b) => b.gzip - a.gzip)
        .map((f) => `${path.join(report.dist, f.file)}: ${kB(f.gzip)}`),
    },
  ];
}

async function main(argv: string[]): Promise<number> {
  const dist = argv[0] ?? 'dist';
  // With the source maps and Vite's manifest, kept outside dist/ (server/public-build.ts).
  const full = await mkdtemp(path.join(tmpdir(), 'integrationskartan-size-budget-'));
  let report;
  try {
    await fullBuild(dist, full);
    report = await measureSizes(full);
  } catch (error) {
    console.error(`size budget: ${(error as Error).message}`);
    return 1;
  } finally {
    await rm(full, { recursive: true, force: true });
  }
  if (report.dataFocusCounties && report.dataFocusCounties.join(',') !== '24,25') {
    console.error(
      `size budget: dist/data was built for counties ${report.dataFocusCounties.join(', ')}, ` +
        'not Norrbotten and Västerbotten (24, 25): run "npm run build" without FOCUS_COUNTIES',
    );
    return 1;
  }
  const { byCategory } = report.initialJs;
  console.log(
    `size budget: initial JS ${kB(report.initialJs.total.gzip)} gzip ` +
      `(own ${kB(byCategory.own.gzip)}, maplibre-gl ${kB(byCategory['maplibre-gl'].gzip)}, ` +
      `react ${kB(byCategory.react.gzip)}); data ${kB(report.dataTotal.gzip)} gzip`,
  );
  let failed = 0;
  for (const check of checkBudget(report)) {
    if (check.ok) {
      console.log(`  ok   ${check.name}: ${kB(check.actual)} ≤ ${kB(check.budget)}`);
      continue;
    }
    failed++;
    console.error(
      `  OVER ${check.name}: ${kB(check.actual)} > budget ${kB(check.budget)} ` +
        `(${kB(check.actual - check.budget)} over)`,
    );
    for (const line of check.details) console.error(`         ${line}`);
  }
  if (failed > 0) {
    console.error(
      `size budget exceeded (budgets: own initial JS ${kB(BUDGET.ownInitialJsGzip)}, ` +
        `data ${kB(BUDGET.dataGzip)}, gzip level 9)`,
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
