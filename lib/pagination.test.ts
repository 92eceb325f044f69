import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageInfo, pageNeighbours, pageSlice, parsePage } from './pagination';

describe('pagination', () => {
  it('counts pages, one at least', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(100, 25)).toBe(4);
  });

  it('turns a page into skip and take', () => {
    expect(pageSlice(1, 20)).toEqual({ skip: 0, take: 20 });
    expect(pageSlice(3, 25)).toEqual({ skip: 50, take: 25 });
  });

  it('clamps a page into 1…pages', () => {
    expect(clampPage(0, 5)).toBe(1);
    expect(clampPage(-3, 5)).toBe(1);
    expect(clampPage(9, 5)).toBe(5);
    expect(clampPage(3, 5)).toBe(3);
    expect(clampPage(2, 0)).toBe(1);
    expect(clampPage(Number.NaN, 5)).toBe(1);
  });

  it('tells when the page asked for is past the end', () => {
    expect(pageInfo(0, 1, 20)).toEqual({ page: 1, pages: 1, pastEnd: false });
    expect(pageInfo(41, 3, 20)).toEqual({ page: 3, pages: 3, pastEnd: false });
    expect(pageInfo(40, 3, 20)).toEqual({ page: 3, pages: 2, pastEnd: true });
  });

  it('names the previous and next page where they exist', () => {
    expect(pageNeighbours(1, 1)).toEqual({ prev: null, next: null });
    expect(pageNeighbours(1, 3)).toEqual({ prev: null, next: 2 });
    expect(pageNeighbours(2, 3)).toEqual({ prev: 1, next: 3 });
    expect(pageNeighbours(3, 3)).toEqual({ prev: 2, next: null });
  });

  it('reads the page parameter', () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage('4')).toBe(4);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('-2')).toBe(1);
    expect(parsePage('2.5')).toBe(1);
    expect(parsePage(['2'])).toBe(1);
    expect(parsePage('1234567')).toBe(1);
  });
});
