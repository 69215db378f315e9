import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { useCatalogue, type Catalogue } from '../../../lib/i18n';

useCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en_GB/messages.json'), 'utf8')) as Catalogue);

const mounted: HTMLElement[] = [];

/** Renders into a fresh container and returns it. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  act(() => render(node, root));
  return root;
}

/** Unmounts everything `mount` rendered, so no listener outlives its test. */
export function cleanup(): void {
  for (const root of mounted.splice(0)) act(() => render(null, root));
  document.body.innerHTML = '';
}

/** The button whose accessible text (aria-label or content) is exactly `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
}

export function buttonNames(root: ParentNode): string[] {
  return [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '');
}

export function click(el: Element | undefined): void {
  if (!el) throw new Error('Nothing to click');
  act(() => (el as HTMLElement).click());
}

export function key(target: EventTarget, keyName: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: keyName, shiftKey, bubbles: true, cancelable: true });
  act(() => void target.dispatchEvent(event));
  return event;
}

/** Ticks the checkbox whose label starts with `text`. */
export function tick(root: ParentNode, text: string): void {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  const input = label?.querySelector('input');
  if (!input) throw new Error(`No checkbox "${text}"`);
  click(input);
}

/** Shows the honest paths in place of the findings ("Post original…"), when they are not shown yet. */
export function openPaths(root: ParentNode): void {
  const more = button(root, 'Post original…');
  if (more && !root.querySelector('input[type="radio"]')) click(more);
}

/** Picks the radio (a path to attach the original) whose label starts with `text`, opening the paths first. */
export function choose(root: ParentNode, text: string): void {
  openPaths(root);
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text) && l.querySelector('input[type="radio"]'));
  const input = label?.querySelector('input');
  if (!input) throw new Error(`No choice "${text}"`);
  click(input);
}
