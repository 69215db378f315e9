import { describe, expect, it } from 'vitest';
import { judge } from '../../../scripts/eval-lib/targets';
import { markdownTable, textTable } from '../../../scripts/eval-lib/table';
import { parseTesseractTsv } from '../../../scripts/eval-lib/tesseract-tsv';

describe('judge', () => {
  const secs = { name: 'findings p95', kind: 'max' as const, limit: 1, format: (v: number) => `${v.toFixed(2)} s` };
  it('says met with the margin to spare, or missed and by how much', () => {
    expect(judge(secs, 0.75)).toMatchObject({ status: 'met', measured: '0.75 s', limit: '≤ 1.00 s', margin: '0.25 s to spare' });
    expect(judge(secs, 1.5)).toMatchObject({ status: 'missed', margin: '0.50 s over' });
  });
  it('handles lower limits and unmeasured values', () => {
    const recall = { name: 'recall', kind: 'min' as const, limit: 0.98, format: (v: number) => v.toFixed(2) };
    expect(judge(recall, 0.9)).toMatchObject({ status: 'missed', margin: '0.08 short' });
    expect(judge(recall, Number.NaN).status).toBe('n/a');
  });
});

describe('parseTesseractTsv', () => {
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '4\t1\t1\t1\t1\t0\t10\t10\t200\t20\t-1\t',
    '5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t96.1\tName:',
    '5\t1\t1\t1\t1\t2\t70\t12\t140\t18\t91.0\tWALKER^PATRICIA',
    '5\t1\t2\t1\t1\t1\t10\t900\t40\t15\t30.0\tZOOM',
    '5\t1\t2\t1\t1\t2\t60\t900\t40\t15\t95.0\t ',
  ].join('\n');
  it('groups words into lines with union boxes', () => {
    const lines = parseTesseractTsv(tsv);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ text: 'Name: WALKER^PATRICIA', box: [10, 10, 200, 20] });
    expect(lines[0]?.words?.[1]?.box).toEqual([70, 12, 140, 18]);
  });
  it('drops low-confidence words when asked', () => {
    expect(parseTesseractTsv(tsv, 50)).toHaveLength(1);
  });
});

describe('tables', () => {
  it('aligns columns and escapes pipes in Markdown', () => {
    expect(textTable(['a', 'n'], [['x', '1'], ['yy', '10']]).split('\n')[2]).toBe('x    1');
    expect(markdownTable(['a'], [['p|q']])).toContain('p\\|q');
  });
});
