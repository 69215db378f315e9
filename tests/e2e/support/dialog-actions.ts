import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame } from 'puppeteer-core';

/** A decision as the dialog names it. */
export type DialogChoice = 'Redact and continue' | 'Post original' | 'Cancel';

type AnyFrame = PlaywrightFrame | PuppeteerFrame;
const isPlaywright = (frame: AnyFrame): frame is PlaywrightFrame => 'getByRole' in frame;
/** Shown instead of the decisions when nothing was found; the dialog would then post by itself. */
const REVIEW = 'Review first';
const AFTER_CHECKS = ['Post original', 'Redact and continue', REVIEW];

/** Names of the dialog's buttons that are shown right now. */
async function buttonNames(frame: AnyFrame): Promise<string[]> {
  const read = () =>
    [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null).map((b) => (b.textContent ?? '').trim());
  return isPlaywright(frame) ? frame.evaluate(read) : frame.evaluate(read);
}

async function clickButton(frame: AnyFrame, name: string, timeoutMs: number): Promise<void> {
  if (isPlaywright(frame)) {
    // A decision removes the dialog's frame; Playwright's click can then wait on it for ever.
    const detached = (async () => {
      while (!frame.isDetached()) await new Promise((r) => setTimeout(r, 100));
    })();
    return Promise.race([frame.getByRole('button', { name, exact: true }).click({ timeout: timeoutMs }), detached]);
  }
  const button = await frame.waitForSelector(`::-p-aria(${name})`, { timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  while (await button!.evaluate((b) => (b as HTMLButtonElement).disabled)) {
    if (Date.now() > deadline) throw new Error(`"${name}" stayed disabled`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // The decision removes the dialog's frame, which can surface as an error after the click landed.
  await button!.click().catch((error: Error) => {
    if (!/detached/i.test(error.message)) throw error;
  });
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
  return (await settledButtons(frame, timeoutMs)).includes(choice);
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
    const pick = (wanted: string | null) => {
      const radios = [...document.querySelectorAll<HTMLInputElement>('input[type=radio][name="cg-path"]')];
      const radio = wanted ? radios.find((r) => r.value === wanted) : radios[0];
      if (radio && !radio.checked) radio.click();
      return radios.length === 0 || radio !== undefined;
    };
    const picked = await (isPlaywright(frame) ? frame.evaluate(pick, path ?? null) : frame.evaluate(pick, path ?? null));
    if (!picked) throw new Error(`The dialog does not offer the "${path}" path`);
    await new Promise((r) => setTimeout(r, 100));
    // One box per render: the dialog's checkboxes are controlled, so ticking several in one task
    // would each start from the same stale state.
    const tickOne = () => {
      const box = [...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')].find((b) => !b.checked && !b.disabled);
      box?.click();
      return box !== undefined;
    };
    for (let i = 0; i < 20 && (await (isPlaywright(frame) ? frame.evaluate(tickOne) : frame.evaluate(tickOne))); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await clickButton(frame, choice, timeoutMs);
}
