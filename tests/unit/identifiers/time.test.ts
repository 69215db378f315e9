import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

const timesOf = (text: string) => textsOf('time', text);

describe('time rule', () => {
  it.each(['14:32', '14:32:05', '09:05', '2.30pm', '2pm', '11 a.m.', '1432hrs', '9:05 am'])('finds %s', (text) => {
    expect(timesOf(`at ${text} then`)).toEqual([text]);
  });

  it('does not take impossible times or parts of dates', () => {
    expect(timesOf('25:61')).toEqual([]);
    expect(timesOf('12.03.2024')).toEqual([]);
    expect(timesOf('ratio 3.5')).toEqual([]);
  });

  it('finds a date and a time side by side', () => {
    expect(textsOf('date', '12/03/2024 14:32')).toEqual(['12/03/2024']);
    expect(timesOf('12/03/2024 14:32')).toEqual(['14:32']);
  });
});
