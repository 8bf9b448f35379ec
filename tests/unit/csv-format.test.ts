// The CSV layer itself: RFC 4180 with ';', separators, line numbers, encodings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvInput, detectSeparator, readCsv, writeCsv } from '../../schema/csv';

describe('readCsv and writeCsv', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"two\r\nlines";x;\r\nlast;;"\n"';
    expect(readCsv(text, ';')).toEqual({
      records: [
        { cells: ['a', 'b;c', 'say "hi"'], line: 1 },
        { cells: ['two\r\nlines', 'x', ''], line: 2 },
        { cells: ['last', '', '\n'], line: 4 },
      ],
    });
  });

  it('takes LF, CRLF and CR as line ends, and no record for a last empty line', () => {
    expect(readCsv('a\nb\r\nc\rd\n', ';').records.map((r) => [r.cells[0], r.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
  });

  it('reports a quote that is never closed, with the line where it opens', () => {
    const result = readCsv('a;b\n1;"open\n2;3\n', ';');
    expect(result.unclosedQuoteAt).toBe(2);
  });

  it('quotes every cell another separator could split, and ends every line with CRLF', () => {
    expect(writeCsv([['a', 'b;c', 'd"e', 'f\ng', 'h,i', 'j\tk', 'l\rm', 'n o']], ';')).toBe(
      'a;"b;c";"d""e";"f\ng";"h,i";"j\tk";"l\rm";n o\r\n',
    );
    expect(writeCsv([['h,i', 'j;k']], ',')).toBe('"h,i","j;k"\r\n');
    // Read with another separator, a number with a decimal comma is not split in two.
    for (const separator of [';', ',', '\t'] as const)
      expect(readCsv(writeCsv([['1,5', '2']], ';'), separator).records[0]!.cells[0]).toMatch(
        /^1,5/,
      );
  });

  it('reads back what it writes, for any cells and separator', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', ';', ',', '\t', '"', '\n', '\r', "'"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(';' as const, ',' as const, '\t' as const),
        (records, separator) => {
          // A record of one empty cell is written as an empty line, which is not a record.
          const kept = records.filter((r) => !(r.length === 1 && r[0] === ''));
          const read = readCsv(writeCsv(kept, separator), separator);
          expect(read.unclosedQuoteAt).toBeUndefined();
          expect(read.records.map((r) => r.cells)).toEqual(kept);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('detectSeparator', () => {
  it('takes the separator of the header line, outside quotes', () => {
    expect(detectSeparator('id;organisatie;dienst\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('id,organisatie,"a;b;c"\n')).toBe(',');
    expect(detectSeparator('id\torganisatie\n')).toBe('\t');
    expect(detectSeparator('organisatie\n')).toBe(';');
  });
});

describe('decodeCsvInput', () => {
  it('drops a byte-order mark from text and from UTF-8 bytes', () => {
    expect(decodeCsvInput('\uFEFFid;x')).toBe('id;x');
    expect(decodeCsvInput(new TextEncoder().encode('\uFEFFSint-Liévens'))).toBe('Sint-Liévens');
  });

  it('reads what is not UTF-8 as Windows-1252, as Excel’s plain CSV is', () => {
    const bytes = new Uint8Array([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x20, 0x80]);
    expect(decodeCsvInput(bytes)).toBe('Cliënt €');
    expect(decodeCsvInput(bytes.buffer)).toBe('Cliënt €');
  });
});
