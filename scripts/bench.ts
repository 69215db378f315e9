/**
 * Speed benchmark of the built extension in headless browsers, and of the command-line engine.
 *   npx tsx scripts/bench.ts [--runs 5] [--cold 3] [--browsers chromium,firefox] [--images 4]
 *                            [--idle 60] [--cold-delay 5000] [--no-threads] [--no-zip]
 * Per browser: `cold` fresh starts, each attaching the first image as soon as the page has loaded;
 * one more fresh start attaching `cold-delay` ms after the page loaded (the engine warms on page
 * load); `runs` warm checks per image; then one check after `idle` seconds without checks (Firefox
 * may suspend its event page). Each attach: attach → dialog and attach → findings, stage times,
 * the dialog frame's long tasks and timer delays while the check ran. Then: engine host memory,
 * Chromium with ORT pinned to 1 thread (a separate build, `WXT_ORT_THREADS=1`) beside the shipped
 * build (or pinned to 2 where the shipped build uses 1), the command-line engine with 1 and 2 OCR
 * workers interleaved with native tesseract, native tesseract after each browser's runs, zip sizes.
 * Prints tables, writes bench-results/latest.json (git-ignored) and docs/bench-latest.md;
 * `--from bench-results/latest.json` prints and writes the tables again from a saved run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FixtureServer } from '../tests/e2e/support/fixture-server';
import { launchChromiumBench, launchFirefoxBench, snapshotExtension, type BenchBrowser } from './eval-lib/bench-browsers';
import { cliAndTesseract, tesseractNow } from './eval-lib/bench-cli';
import { chooseThreadCount } from '../lib/engine/runtime/onnx';
import { errorMessage } from '../lib/errors/message';
import { benchImages, type BenchImage } from './eval-lib/bench-images';
import { zipSizes } from './eval-lib/bench-extras';
import { measureOnce, type Sample } from './eval-lib/bench-measure';
import { ROOT } from './eval-lib/corpus';
import { markdownReport, printTables } from './eval-lib/output';
import { benchTables, type BrowserRun } from './eval-lib/bench-summary';

const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Plan {
  runs: number;
  coldLaunches: number;
  /** 0: no delayed cold start. */
  coldDelayMs: number;
  /** 0: no check after idleness. */
  idleS: number;
}

const describe = (s: Sample) =>
  `${s.heldMs !== undefined ? `placeholder ${s.heldMs.toFixed(0)} ms, ` : ''}dialog ${s.dialogMs.toFixed(0)} ms${s.frameMs !== undefined ? ` (frame starts ${s.frameMs.toFixed(0)})` : ''}, findings ${s.shownMs.toFixed(0)} ms ${s.verdict ?? ''}${s.error ? ` ERROR ${s.error}` : ''}` +
  (s.stalls ? `, dialog thread: ${s.stalls.longTasks ? `${s.stalls.longTasks.length} long tasks (max ${Math.max(0, ...s.stalls.longTasks)} ms), ` : ''}timer late ≤ ${s.stalls.maxTimerLateMs} ms` : '');

async function benchBrowser(name: string, launch: () => Promise<BenchBrowser>, images: BenchImage[], plan: Plan): Promise<BrowserRun> {
  const run: BrowserRun = { browser: name, cold: [], coldDelayed: [], warm: {}, memory: { peakMiB: Number.NaN, rssMiB: Number.NaN, processes: 0, what: '' } };
  const first = images[0];
  if (!first) return run;
  const recheck = name.startsWith('firefox');
  try {
    const launches = [...Array.from({ length: plan.coldLaunches }, () => 0), ...(plan.coldDelayMs > 0 ? [plan.coldDelayMs] : [])];
    for (const [c, delay] of launches.entries()) {
      const browser = await launch();
      try {
        if (c === 0) run.memoryAtStart = browser.engineMemory();
        const sample = await measureOnce(browser, first.path, { attachAfterMs: delay, recheck });
        (delay > 0 ? run.coldDelayed : run.cold).push(sample);
        log(`${name} cold #${c + 1}${delay ? ` (attach ${delay / 1000} s after the page loaded)` : ''}: ${describe(sample)}`);
        if (c < launches.length - 1) continue;
        for (const image of images) {
          run.warm[image.label] = [];
          for (let i = 0; i < plan.runs; i++) {
            const s = await measureOnce(browser, image.path, { recheck: recheck && i === plan.runs - 1 });
            run.warm[image.label]?.push(s);
            log(`${name} warm ${image.label} #${i + 1}: ${describe(s)}`);
          }
        }
        run.memory = browser.engineMemory();
        log(`${name}: native tesseract on each image, under the same load…`);
        run.tesseract = await tesseractNow(images, 3);
        if (plan.idleS > 0) {
          log(`${name}: ${plan.idleS} s without checks…`);
          await sleep(plan.idleS * 1000);
          run.idle = await measureOnce(browser, first.path, { recheck });
          log(`${name} after ${plan.idleS} s idle: ${describe(run.idle)}`);
        }
      } finally {
        await browser.close().catch(() => undefined);
      }
    }
  } catch (error) {
    run.error = errorMessage(error);
    log(`${name} failed: ${run.error}`);
  }
  return run;
}

/**
 * Builds Chromium with ORT pinned to `threads` into a private snapshot; `restore` builds the shipped
 * one again (else `wxt zip` does).
 */
function pinnedThreadsBuild(threads: number, restore: boolean): string {
  log(`WXT_ORT_THREADS=${threads} npx wxt build (the comparison build)`);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WXT_ORT_THREADS: String(threads) } });
  const dir = snapshotExtension('chrome-mv3', `chrome-mv3-${threads}threads`);
  if (restore) {
    log('npx wxt build (shipped build)');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return dir;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      cold: { type: 'string', default: '3' },
      browsers: { type: 'string', default: 'chromium,firefox' },
      images: { type: 'string', default: '4' },
      idle: { type: 'string', default: '60' },
      'cold-delay': { type: 'string', default: '5000' },
      'no-threads': { type: 'boolean', default: false },
      'no-zip': { type: 'boolean', default: false },
      from: { type: 'string' },
    },
  });
  if (values.from) return rerender(values.from);
  const environment = { date: new Date().toISOString(), cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, loadAverage: loadavg().map((v) => v.toFixed(1)).join(' '), node: process.version };
  const browsers = (values.browsers ?? '').split(',');
  const threadsCompared = browsers.includes('chromium') && !values['no-threads'];
  // The shipped build's ORT threads on this machine (the offscreen document is cross-origin isolated); the comparison build gets the other count.
  const shippedThreads = chooseThreadCount({ crossOriginIsolated: true, navigator: { hardwareConcurrency: availableParallelism() } });
  const otherThreads = shippedThreads === 1 ? 2 : 1;
  const pinned = threadsCompared ? pinnedThreadsBuild(otherThreads, values['no-zip'] ?? false) : undefined;
  const zips = zipSizes(values['no-zip'] ?? false, log);
  const extensions = { chromium: snapshotExtension('chrome-mv3'), firefox: snapshotExtension('firefox-mv3') };
  const images = (await benchImages(log)).slice(0, Number(values.images));
  const plan: Plan = { runs: Number(values.runs), coldLaunches: Number(values.cold), coldDelayMs: Number(values['cold-delay']), idleS: Number(values.idle) };
  const server = new FixtureServer();
  await server.start();
  const runs: BrowserRun[] = [];
  try {
    const launchers: Record<string, () => Promise<BenchBrowser>> = {
      chromium: () => launchChromiumBench(server.proxyPort, extensions.chromium),
      firefox: () => launchFirefoxBench(server.proxyPort, extensions.firefox),
    };
    for (const name of browsers.filter((b) => b in launchers)) runs.push(await benchBrowser(name, launchers[name]!, images, plan));
    if (pinned) {
      // Same warm runs on the 1280×1024 frame and the 12 MP photo; no cold or idle runs.
      const subset = [images[0], images[2]].filter((i): i is BenchImage => i !== undefined);
      const label = `chromium, ORT ${otherThreads} thread${otherThreads === 1 ? '' : 's'}`;
      const variant = await benchBrowser(label, () => launchChromiumBench(server.proxyPort, pinned), subset, { ...plan, coldLaunches: 1, coldDelayMs: 0, idleS: 0 });
      runs.push({ ...variant, variant: true, threads: otherThreads });
    }
  } finally {
    await server.stop();
  }
  log('command-line engine (1 and 2 OCR workers) and native tesseract, interleaved, on each image…');
  const cli = await cliAndTesseract(images, 3, log);
  const loadAfter = loadavg().map((v) => v.toFixed(1)).join(' ');
  const saved: Saved = { environment: { ...environment, loadAfter }, args: process.argv.slice(2).join(' '), images, zips, cli, runs, idleS: plan.idleS, coldDelayMs: plan.coldDelayMs, shippedThreads };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const { targets, numbers } = report(saved);
  writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify({ ...saved, numbers, targets }, null, 1)}\n`);
}

/** Everything a run measured, as bench-results/latest.json keeps it. */
interface Saved {
  environment: { date: string; cpus: string; loadAverage: string; loadAfter: string; node: string };
  args: string;
  images: BenchImage[];
  zips: ReturnType<typeof zipSizes>;
  cli: Awaited<ReturnType<typeof cliAndTesseract>>;
  runs: BrowserRun[];
  idleS: number;
  coldDelayMs: number;
  shippedThreads: number;
}

/** Prints the tables and writes docs/bench-latest.md from a saved run. */
function report(saved: Saved) {
  const { environment, images, zips, cli, runs } = saved;
  const loadAfter = environment.loadAfter;
  const { tables, targets, numbers } = benchTables({ runs, images, zips, cli, idleS: saved.idleS, coldDelayMs: saved.coldDelayMs, shippedThreads: saved.shippedThreads });
  printTables(tables, targets);
  const args = saved.args;
  const preamble = [
    `Generated by \`npm run bench${args ? ` -- ${args}` : ''}\` on ${environment.date.slice(0, 10)}. Machine: ${environment.cpus}; load average ${environment.loadAverage} at the start and ${loadAfter} at the end (1, 5, 15 min). The machine was shared with other jobs, so absolute times are pessimistic; ratios measured in the same run (ours ÷ native tesseract, 1 thread ÷ N threads) travel better.`,
    'Attach = the page fires the file input events with a file already in memory. Held notice = the first animation frame in the page after the extension\'s placeholder ("holding your image while it checks it") joined it: what the user sees first; not the dialog target. Dialog = first contentful paint of the dialog frame; findings = the results heading (#cg-heading) in the dialog DOM; both stamped inside the frames (performance.timeOrigin + now), so CDP latency is not counted. Cold = the first check after a fresh browser start, attached as soon as the compose page has loaded (the engine starts loading on page load); "cold, attach after N s" gives the page that long first, as a user writing the post would. Warm = later checks in the same browser. After idle = one check after that many seconds without checks (Firefox suspends an idle event page after 30 s, and its engine worker with it). p95 of 5 samples is close to the maximum.',
    'Dialog thread = the dialog frame\'s main thread from the moment the frame was found until findings were shown: long tasks from PerformanceObserver (`longtask`, Chromium only, buffered from the frame\'s start) and the largest delay of a 10 ms timer (every browser; on a loaded machine this includes waiting for a core).',
    'Stage times are the medians of the report\'s `timings` as the dialog received them; faces and text run side by side, so they overlap and do not add up to total. Memory is the peak resident set (VmHWM from /proc) of the process that hosts the engine: the extension renderer in Chromium (offscreen document, engine worker, ORT threads, tesseract workers), the extension content process in Firefox (background page and workers). "At start" is the same process right after the browser started, before any page was opened.',
  ];
  writeFileSync(join(ROOT, 'docs/bench-latest.md'), markdownReport('Benchmark: latest run', preamble, tables, targets));
  log('\nwrote docs/bench-latest.md');
  return { targets, numbers };
}

/** `--from FILE`: the tables again from a saved run, without measuring. */
function rerender(file: string): void {
  report(JSON.parse(readFileSync(file, 'utf8')) as Saved);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
