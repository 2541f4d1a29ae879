import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedPage, pageLinks, pageOf, readPage } from './paging.ts';

describe('pages of a list', () => {
  const list = Array.from({ length: 53 }, (_, i) => i);

  it('cuts the list into pages of the given size, the last one shorter', () => {
    expect(pageOf(list, 1, 25)).toEqual({
      items: list.slice(0, 25),
      page: 1,
      pageCount: 3,
      total: 53,
    });
    expect(pageOf(list, 3, 25).items).toEqual([50, 51, 52]);
  });

  it('shows the nearest page that exists for one that does not', () => {
    expect(pageOf(list, 0, 25).page).toBe(1);
    expect(pageOf(list, -1, 25).page).toBe(1);
    expect(pageOf(list, 1e9, 25).page).toBe(3);
    expect(pageOf(list, Number.NaN, 25).page).toBe(1);
    expect(pageOf([], 4, 25)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });

  it('every item is on exactly one page, in order', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 60 }), (length, size) => {
        const items = Array.from({ length }, (_, i) => i);
        const { pageCount } = pageOf(items, 1, size);
        const seen = Array.from({ length: pageCount }, (_, i) => pageOf(items, i + 1, size).items);
        expect(seen.flat()).toEqual(items);
        expect(seen.every((p) => p.length <= size)).toBe(true);
      }),
    );
  });

  it('reads a page number from a query string, anything else as page 1', () => {
    expect(askedPage('7')).toBe(7);
    expect(askedPage('9999999999')).toBe(9_999_999_999);
    expect(askedPage('9'.repeat(400))).toBe(Number.MAX_SAFE_INTEGER);
    for (const raw of [undefined, '', '-1', '1.5', 'abc', '1e3', ' 2', '<script>']) {
      expect(askedPage(raw), String(raw)).toBe(1);
    }
  });
});

describe('the pagination bar', () => {
  it('lists every page when there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps marked', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 3, 4, null, 20]);
    expect(pageLinks(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pageLinks(20, 20)).toEqual([1, null, 17, 18, 19, 20]);
  });

  it('always shows the current, first and last page, in order, in at most seven entries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const [page, count] = a <= b ? [a, b] : [b, a];
        const links = pageLinks(page, count);
        const numbers = links.filter((p): p is number => p !== null);
        expect(numbers).toContain(page);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(count);
        expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
        expect(links.length).toBeLessThanOrEqual(7);
        // A gap stands only between pages that are not neighbours.
        links.forEach((p, i) => {
          if (p === null)
            expect((links[i + 1] as number) - (links[i - 1] as number)).toBeGreaterThan(1);
        });
      }),
    );
  });
});

describe('a page read from the database', () => {
  const rows = Array.from({ length: 53 }, (_, i) => i);
  const reads: { offset: number; limit: number }[] = [];
  const read = async (range: { offset: number; limit: number }) => {
    reads.push(range);
    return { total: rows.length, items: rows.slice(range.offset, range.offset + range.limit) };
  };

  it('gives what pageOf gives for the same list in memory, for any page asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(Number.MAX_SAFE_INTEGER)),
        fc.integer({ min: 1, max: 60 }),
        async (asked, size) => {
          expect(await readPage(asked, size, read)).toEqual(pageOf(rows, asked, size));
        },
      ),
    );
    // The database is never asked to skip a negative or unsafe number of rows.
    expect(reads.every((r) => r.offset >= 0 && Number.isSafeInteger(r.offset))).toBe(true);
  });

  it('reads once when the page exists, twice when it lies past the last', async () => {
    reads.length = 0;
    await readPage(2, 25, read);
    expect(reads).toEqual([{ offset: 25, limit: 25 }]);
    reads.length = 0;
    await readPage(9, 25, read);
    expect(reads).toEqual([
      { offset: 200, limit: 25 },
      { offset: 50, limit: 25 },
    ]);
  });
});
