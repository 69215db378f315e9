/**
 * `work`, or a failure naming `what` after `ms`. For driver calls that take no timeout of their own
 * (Playwright's evaluate, count and keyboard; Puppeteer's evaluate): `expect.poll` does not bound
 * its callback, so one such call that never settles would hold a test until its 180 s timeout.
 */
export async function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
