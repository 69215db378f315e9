import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame } from 'puppeteer-core';
import { within } from './deadline';

/** A decision as the dialog names it. */
export type DialogChoice = 'Redact and continue' | 'Post original' | 'Cancel';

type AnyFrame = PlaywrightFrame | PuppeteerFrame;
const isPlaywright = (frame: AnyFrame): frame is PlaywrightFrame => 'getByRole' in frame;
/** Shown instead of the decisions when nothing was found; the dialog would then post by itself. */
const REVIEW = 'Review first';
/** Opens the honest paths to the original in place of the findings (confirm mode). */
const OPEN_PATHS = 'Post original…';
const AFTER_CHECKS = ['Post original', OPEN_PATHS, 'Redact and continue', REVIEW];

/** One look into the dialog frame: neither driver bounds an evaluate by itself. */
const EVALUATE_MS = 10_000;

/** Names of the dialog's buttons that are shown right now. */
async function buttonNames(frame: AnyFrame): Promise<string[]> {
  const read = () =>
    [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null).map((b) => (b.textContent ?? '').trim());
  return within('reading the dialog\'s buttons', EVALUATE_MS, isPlaywright(frame) ? frame.evaluate(read) : frame.evaluate(read));
}

async function clickButton(frame: AnyFrame, name: string, timeoutMs: number): Promise<void> {
  if (isPlaywright(frame)) {
    // A decision removes the dialog's frame; Playwright's click can then wait on it for ever.
    const detached = (async () => {
      while (!frame.isDetached()) await new Promise((r) => setTimeout(r, 100));
    })();
    return Promise.race([frame.getByRole('button', { name, exact: true }).click({ timeout: timeoutMs }), detached]);
  }
  // Puppeteer clicks at the point where the button was a moment ago; findings streaming in can move
  // it first, and the click lands beside it. Like Playwright's actionability checks, click only a
  // button that holds still, and confirm the click reached it (the frame going away counts: the
  // decision removed it). A click that landed and did nothing is the product's fault and fails the test.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = () => Math.max(1, deadline - Date.now());
    const button = await frame.waitForSelector(`::-p-aria(${name})`, { timeout: left() });
    const ready = () =>
      within(`reading "${name}"`, EVALUATE_MS, button!.evaluate(async (b) => {
        const box = () => JSON.stringify(b.getBoundingClientRect());
        const before = box();
        await new Promise((r) => setTimeout(r, 150));
        if ((b as HTMLButtonElement).disabled || box() !== before) return false;
        const w = window as unknown as { cgE2eClicked?: WeakSet<Element> };
        w.cgE2eClicked ??= new WeakSet();
        b.addEventListener('click', () => w.cgE2eClicked!.add(b), { capture: true, once: true });
        return true;
      }));
    while (!(await ready())) {
      if (Date.now() > deadline) throw new Error(`"${name}" stayed disabled or kept moving`);
    }
    // The decision removes the dialog's frame, which can surface as an error after the click landed.
    const gone = (error: Error) => /detached|destroyed|not found|no such|discarded|closed/i.test(error.message);
    const clicked = await within(`clicking "${name}"`, left(), button!.click()).then(() => undefined, (error: Error) => error);
    if (clicked && !gone(clicked)) throw clicked;
    if (clicked) return;
    const landed = await within(`reading "${name}"`, EVALUATE_MS, button!.evaluate((b) => (window as unknown as { cgE2eClicked?: WeakSet<Element> }).cgE2eClicked?.has(b) ?? false)).catch((error: Error) => (gone(error) ? true : Promise.reject(error)));
    if (landed) return;
    if (Date.now() > deadline) throw new Error(`clicks on "${name}" kept missing it`);
  }
}

/**
 * Waits until the checks have finished (a decision other than Cancel is offered) and keeps the
 * dialog open if it offered to post by itself. Returns the buttons then shown.
 */
async function settledButtons(frame: AnyFrame, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await buttonNames(frame).catch((): string[] => []);
    if (names.includes(REVIEW)) {
      await clickButton(frame, REVIEW, timeoutMs);
      continue;
    }
    if (names.some((n) => AFTER_CHECKS.includes(n)) || Date.now() > deadline) return names;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the dialog, once its checks are done, offers `choice`. A cold check on a busy 2-core machine can take a minute. */
export async function offers(frame: AnyFrame, choice: DialogChoice, timeoutMs = 120_000): Promise<boolean> {
  const names = await settledButtons(frame, timeoutMs);
  return names.includes(choice) || (choice === 'Post original' && names.includes(OPEN_PATHS));
}

const until = async (what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

function run<T>(frame: AnyFrame, fn: () => T): Promise<T> {
  return within('a look into the dialog', EVALUATE_MS, (isPlaywright(frame) ? frame.evaluate(fn) : frame.evaluate(fn)) as Promise<T>);
}

/**
 * Shows the honest paths to the original ("Post original…", confirm mode) once the checks are done,
 * and waits for their choices. Does nothing when they are shown already or the mode has none (warn).
 */
export async function openPaths(frame: AnyFrame, timeoutMs = 60_000): Promise<void> {
  const names = await settledButtons(frame, timeoutMs);
  if (!names.includes(OPEN_PATHS)) return;
  await clickButton(frame, OPEN_PATHS, timeoutMs);
  await until('the paths to the original', () => run(frame, () => document.querySelectorAll('input[type=radio][name="cg-path"]').length > 0), timeoutMs);
}

/** Opens the full-size reviewer of image `index` (by its thumbnail) and waits for it. */
export async function openReviewer(frame: AnyFrame, index = 0, timeoutMs = 60_000): Promise<void> {
  await settledButtons(frame, timeoutMs);
  await until('a thumbnail that opens the reviewer', () => run(frame, () => document.querySelectorAll('.cg-thumb-button:not(.is-static)').length > 0), timeoutMs);
  const open = (n: number) => {
    (document.querySelectorAll<HTMLButtonElement>('button.cg-thumb-button')[n] ?? null)?.click();
  };
  await within('opening the reviewer', EVALUATE_MS, isPlaywright(frame) ? frame.evaluate(open, index) : frame.evaluate(open, index));
  await until('the reviewer', () => run(frame, () => document.querySelector('.cg-reviewer') !== null), timeoutMs);
}

/** Closes the reviewer with its "Done" button. */
export async function closeReviewer(frame: AnyFrame, timeoutMs = 10_000): Promise<void> {
  await clickButton(frame, 'Done', timeoutMs);
  await until('the reviewer to close', () => run(frame, () => document.querySelector('.cg-reviewer') === null), timeoutMs);
}

/**
 * Opens the reviewer of the first image, switches it to the redacted copy, waits until that copy is shown
 * (made on the device from the marked areas) and closes the reviewer again.
 */
export async function waitForRedactedCopy(frame: AnyFrame, timeoutMs = 60_000): Promise<void> {
  await openReviewer(frame, 0, timeoutMs);
  await clickButton(frame, 'Redacted copy', timeoutMs);
  const shown = () => {
    const img = document.querySelector<HTMLImageElement>('.cg-rv-stage img');
    const pressed = [...document.querySelectorAll('.cg-rv-toggle button')].find((b) => b.getAttribute('aria-pressed') === 'true');
    return !!img && img.complete && img.naturalWidth > 0 && pressed?.textContent?.trim() === 'Redacted copy';
  };
  await until('the redacted copy', () => run(frame, shown), timeoutMs);
  await closeReviewer(frame);
}

/** The honest paths to the original, as the dialog's radio values name them. */
export type OriginalPathChoice = 'written-consent' | 'false-alarm' | 'anonymised' | 'other-reason';

/**
 * Makes the decision in the consent dialog, whichever dialog version is built: for "Post original"
 * the path is chosen (`path`, else the first offered: written consent), every statement on it is ticked,
 * and the button is clicked once it is enabled. In warn mode there is nothing to choose or tick.
 */
export async function decide(frame: AnyFrame, choice: DialogChoice, timeoutMs = 60_000, path?: OriginalPathChoice): Promise<void> {
  if (choice !== 'Cancel') await settledButtons(frame, timeoutMs);
  if (choice === 'Post original') {
    await openPaths(frame, timeoutMs);
    const pick = (wanted: string | null) => {
      const radios = [...document.querySelectorAll<HTMLInputElement>('input[type=radio][name="cg-path"]')];
      const radio = wanted ? radios.find((r) => r.value === wanted) : radios[0];
      if (radio && !radio.checked) radio.click();
      return radios.length === 0 || radio !== undefined;
    };
    const picked = await within('choosing a path', EVALUATE_MS, isPlaywright(frame) ? frame.evaluate(pick, path ?? null) : frame.evaluate(pick, path ?? null));
    if (!picked) throw new Error(`The dialog does not offer the "${path}" path`);
    await new Promise((r) => setTimeout(r, 100));
    // One box per render: the dialog's checkboxes are controlled, so ticking several in one task
    // would each start from the same stale state.
    const tickOne = () => {
      const box = [...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')].find((b) => !b.checked && !b.disabled);
      box?.click();
      return box !== undefined;
    };
    for (let i = 0; i < 20 && (await within('ticking the checklist', EVALUATE_MS, isPlaywright(frame) ? frame.evaluate(tickOne) : frame.evaluate(tickOne))); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await clickButton(frame, choice, timeoutMs);
}
