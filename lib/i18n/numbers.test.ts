import { describe, expect, it } from 'vitest';
import { formatPercent, numberFormat } from './numbers';

describe('numbers as each language writes them', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(numberFormat('vi').format(100152)).toBe('100.152');
    expect(numberFormat('en').format(100152)).toBe('100,152');
  });

  it('writes percentages with one decimal and the decimal mark of the language', () => {
    expect(formatPercent(52.63, 'vi')).toBe('52,6 %');
    expect(formatPercent(52.63, 'en')).toBe('52.6 %');
    expect(formatPercent(40, 'en')).toBe('40 %');
    expect(numberFormat('vi', 1).format(2.5)).toBe('2,5');
  });

  it('keeps one formatter per language and precision', () => {
    expect(numberFormat('vi')).toBe(numberFormat('vi'));
    expect(numberFormat('en', 1)).not.toBe(numberFormat('en'));
  });
});
