import type { FindingLine } from '../../lib/dialog/findings';

/** The findings of one image in plain words. */
export function FindingList({ lines }: { lines: FindingLine[] }) {
  return (
    <ul class="cg-findings">
      {lines.map((line, i) => (
        <li key={i} class={`cg-finding cg-finding-${line.kind}`}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
