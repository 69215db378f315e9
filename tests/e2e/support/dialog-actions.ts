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

/** Whether the dialog, once its checks are done, offers `choice`. */
export async function offers(frame: AnyFrame, choice: DialogChoice, timeoutMs = 60_000): Promise<boolean> {
  return (await settledButtons(frame, timeoutMs)).includes(choice);
}

/**
 * Makes the decision in the consent dialog, whichever dialog version is built: for "Post original"
 * every checklist checkbox is ticked first, and the button is clicked once it is enabled.
 */
export async function decide(frame: AnyFrame, choice: DialogChoice, timeoutMs = 60_000): Promise<void> {
  if (choice !== 'Cancel') await settledButtons(frame, timeoutMs);
  if (choice === 'Post original') {
    // One box per render: the dialog's checkboxes are controlled, so ticking several in one task
    // would each start from the same stale state.
    const tickOne = () => {
      const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => !b.checked && !b.disabled);
      box?.click();
      return box !== undefined;
    };
    for (let i = 0; i < 20 && (await (isPlaywright(frame) ? frame.evaluate(tickOne) : frame.evaluate(tickOne))); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await clickButton(frame, choice, timeoutMs);
}
