// `npm run bench`: measures every budget the issues set and prints the numbers (no pass/fail here).
import { benchCreditsSubmit } from '../packages/cli/bench/credits.bench.js';
import { benchCoreSizes, benchCourseValidation } from '../packages/core/bench/core.bench.js';
import { benchSandbox } from '../packages/sandbox/bench/sandbox.bench.js';
import { benchCourseFinder } from '../packages/widgets/bench/course-finder.bench.js';
import { benchEventCalendar } from '../packages/widgets/bench/event-calendar.bench.js';
import { benchStarNomination } from '../packages/widgets/bench/star-nomination.bench.js';

const sections: [string, () => Promise<Record<string, number>> | Record<string, number>][] = [
  ['core: bundle sizes (budget: createClient ≤ 16 KB gzip, courses+registrations ≤ 11 KB)', benchCoreSizes],
  ['core: response validation (budget: ≤ 2 ms median)', () => benchCourseValidation()],
  [
    'sandbox: start ≤ 8 s on PGlite, course search p95 ≤ 30 ms, ≥ 200 registrations/s, oversold count reported',
    () => benchSandbox(),
  ],
  [
    'widgets: event calendar entry ≤ 30 KB gzip, 2,000-activity month ≤ 60 ms, month switch ≤ 16 ms median',
    benchEventCalendar,
  ],
  [
    'widgets: course finder entry ≤ 30 KB gzip, page of 20 paints ≤ 50 ms after its response, re-render with 1,000 results ≤ 16 ms median',
    benchCourseFinder,
  ],
  [
    'widgets: star nomination entry ≤ 30 KB gzip, keystroke in a 3,000-character deeds field < 16 ms',
    benchStarNomination,
  ],
  [
    'cli: credits submit of 10,000 rows ≤ 60 s, memory flat (peak RSS at 1,000 vs 10,000 rows)',
    benchCreditsSubmit,
  ],
];

const only = process.argv.slice(2);
for (const [title, run] of sections) {
  if (only.length > 0 && !only.some((word) => title.includes(word))) continue;
  console.log(`\n## ${title}`);
  const numbers = await run();
  for (const [name, value] of Object.entries(numbers)) console.log(`${name.padEnd(60)} ${value}`);
}
