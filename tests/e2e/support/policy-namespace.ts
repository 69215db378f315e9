import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real enterprise policy file that only one browser process reads.
 *
 * Chromium reads /etc/chromium/policies/managed/*.json and Firefox ESR reads
 * /usr/lib/firefox-esr/distribution/policies.json: files every browser on the machine shares.
 * Instead of writing them, the test launches the browser through a small wrapper script that
 * enters a private mount namespace (`unshare -m`, propagation private) and bind-mounts a
 * temporary directory over the real policy directory (for Chromium, its whole config directory) before exec'ing the browser. The browser
 * and its children see the temporary policy; nothing else on the machine does, and the mount
 * vanishes with the last process in the namespace. Needs root (CAP_SYS_ADMIN), as CI has.
 */
export interface PolicyLaunch {
  /** Pass as the browser's executablePath. */
  executablePath: string;
  /** Rewrites the policy file in place (Chromium watches its policy directory; Firefox reads it only at start-up). */
  update(policy: Record<string, unknown>): void;
  /** Removes the temporary directory; call after the browser has closed. */
  dispose(): void;
}

/**
 * For tests of the gate itself, which check that "Post original" hands the page the exact file: by default
 * (`alwaysStripMetadata` on) an original goes re-encoded without metadata, so these browsers run with it off.
 */
export const EXACT_ORIGINALS = { alwaysStripMetadata: false } as const;

/**
 * Debian's chromium package owns /etc/chromium but not always its policies/ subdirectory (156.0.8078.114 ships
 * none), and a bind mount needs a directory to cover: the whole of /etc/chromium is covered by a copy of its
 * other files plus the test's policies/.
 */
const CHROMIUM_CONFIG_DIR = '/etc/chromium';
const FIREFOX_DISTRIBUTION_DIR = '/usr/lib/firefox-esr/distribution';
/** Firefox on Linux also reads this one, and prefers it; hidden behind an empty directory when present. */
const FIREFOX_SYSTEM_POLICY_DIR = '/etc/firefox/policies';

/** Chromium's managed policy for one extension ("3rdparty" → "extensions" → id), seen only by this browser. */
export function chromiumWithPolicy(extensionId: string, policy: Record<string, unknown>, browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): PolicyLaunch {
  const root = mkdtempSync(join(tmpdir(), 'cg-chromium-policy-'));
  const config = join(root, 'etc-chromium');
  mkdirSync(config);
  for (const entry of existsSync(CHROMIUM_CONFIG_DIR) ? readdirSync(CHROMIUM_CONFIG_DIR) : []) {
    if (entry !== 'policies') cpSync(join(CHROMIUM_CONFIG_DIR, entry), join(config, entry), { recursive: true });
  }
  const policies = join(config, 'policies');
  mkdirSync(join(policies, 'managed'), { recursive: true });
  const write = (p: Record<string, unknown>) =>
    writeFileSync(join(policies, 'managed', 'consent-guard.json'), JSON.stringify({ '3rdparty': { extensions: { [extensionId]: p } } }));
  write(policy);
  return { ...wrapper(root, browser, [[config, CHROMIUM_CONFIG_DIR]]), update: write };
}

/** Firefox's policies.json with 3rdparty.Extensions for one add-on, seen only by this browser. */
export function firefoxWithPolicy(addonId: string, policy: Record<string, unknown>, browser = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'): PolicyLaunch {
  const root = mkdtempSync(join(tmpdir(), 'cg-firefox-policy-'));
  const distribution = join(root, 'distribution');
  mkdirSync(distribution);
  const write = (p: Record<string, unknown>) =>
    writeFileSync(join(distribution, 'policies.json'), JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId]: p } } } }));
  write(policy);
  const mounts: [string, string][] = [[distribution, FIREFOX_DISTRIBUTION_DIR]];
  if (existsSync(FIREFOX_SYSTEM_POLICY_DIR)) {
    mkdirSync(join(root, 'empty'));
    mounts.push([join(root, 'empty'), FIREFOX_SYSTEM_POLICY_DIR]);
  }
  return { ...wrapper(root, browser, mounts), update: write };
}

function wrapper(root: string, browser: string, mounts: [from: string, over: string][]): Omit<PolicyLaunch, 'update'> {
  for (const [, over] of mounts) {
    if (!existsSync(over)) throw new Error(`Cannot isolate policy: ${over} does not exist to mount over (is the browser installed?)`);
  }
  const binds = mounts.map(([from, over]) => `mount --bind ${quote(from)} ${quote(over)}`).join(' && ');
  const script = join(root, 'browser');
  // unshare -m makes mount propagation private by default, so the bind never reaches the host's namespace.
  writeFileSync(script, `#!/bin/sh\nexec unshare -m --propagation private sh -c '${binds} && exec "$0" "$@"' ${quote(browser)} "$@"\n`);
  chmodSync(script, 0o755);
  return { executablePath: script, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function quote(path: string): string {
  if (!/^[\w./-]+$/.test(path)) throw new Error(`Unexpected characters in path ${path}`);
  return path;
}
