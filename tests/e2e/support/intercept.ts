import { expect } from 'vitest';
import { decide, offers, type DialogChoice } from './dialog-actions';
import type { PageDriver } from './driver';
import type { FixtureServer, Upload } from './fixture-server';
import { within } from './deadline';
import { fileParts } from './multipart';

/** Long enough for an upload that was not held to reach the fixture endpoint. */
export const settle = (ms = 1200) => new Promise((r) => setTimeout(r, ms));

/** Uploads that reached `path` so far. */
export const uploadsTo = (server: FixtureServer, path: string): Upload[] => server.uploads.filter((u) => u.path === path);

export async function waitForUploads(server: FixtureServer, path: string, count = 1, timeoutMs = 15_000): Promise<Upload[]> {
  await expect.poll(() => uploadsTo(server, path).length, { timeout: timeoutMs }).toBe(count);
  return uploadsTo(server, path);
}

/** How many files the page's code has received so far (its own record, kept by pages/shared/fixture.js). */
export const pageSaw = (page: PageDriver) =>
  page.evaluate(() => (window as unknown as { __fixture?: { seen?: unknown[] } }).__fixture?.seen?.length ?? 0, undefined);

/** The page's own record (status text, files its code received). */
export const fixtureStatus = (page: PageDriver, frameUrl?: string) =>
  page.evaluate(() => (window as unknown as { __fixture: { status: string } }).__fixture.status, undefined, frameUrl);

/**
 * Attaches, checks that nothing leaves while the dialog is open, then decides. Returns the file
 * parts of the upload that followed (empty after Cancel, which also checks nothing arrived).
 */
export async function attachThenDecide(
  page: PageDriver,
  server: FixtureServer,
  opts: { attach: () => Promise<unknown>; choice: DialogChoice; path: string },
): Promise<{ name: string; type: string; bytes: Buffer }[] | 'no-redact'> {
  const before = uploadsTo(server, opts.path).length;
  await opts.attach();
  const dialog = await dialogOrWhyNot(page, server, opts.path, before);
  await settle();
  expect(uploadsTo(server, opts.path).length, 'nothing uploads while the dialog is open').toBe(before);
  if (!(await offers(dialog, opts.choice))) {
    await decide(dialog, 'Cancel');
    return 'no-redact';
  }
  await decide(dialog, opts.choice);
  if (opts.choice === 'Cancel') {
    await settle();
    expect(uploadsTo(server, opts.path).length, 'nothing uploads after Cancel').toBe(before);
    return [];
  }
  const uploads = await waitForUploads(server, opts.path, before + 1);
  const last = uploads[uploads.length - 1]!;
  return fileParts(last.contentType, last.body);
}

/** The dialog; if none shows, the failure says whether the page got the file without one (an unguarded build does). */
async function dialogOrWhyNot(page: PageDriver, server: FixtureServer, path: string, before: number) {
  try {
    return await page.dialog();
  } catch (error) {
    const reached = uploadsTo(server, path).length - before;
    if (reached > 0) throw new Error(`No dialog, and the page uploaded ${reached} file${reached === 1 ? '' : 's'} to ${path} with no decision`, { cause: error });
    const seen = await within('reading the page\'s record', 5_000, pageSaw(page)).catch(() => 0);
    if (seen > 0) throw new Error(`No dialog, and the page's code received ${seen} file${seen === 1 ? '' : 's'} with no decision`, { cause: error });
    throw error;
  }
}
