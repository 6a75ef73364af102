// The eval's CSV reader decides which politeness requests land in which quartile; a field split
// at an embedded comma or newline would silently shift every score after it.

import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../scripts/lib/csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    ['quoted comma', 'x,"hello, world",y', [['x', 'hello, world', 'y']]],
    [
      'quoted newline',
      'x,"line one\nline two",y\nz,w,v',
      [
        ['x', 'line one\nline two', 'y'],
        ['z', 'w', 'v'],
      ],
    ],
    ['escaped quotes', '"she said ""no"", twice",1', [['she said "no", twice', '1']]],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty fields', ',a,,\n', [['', 'a', '', '']]],
    ['no trailing newline', 'a,b', [['a', 'b']]],
    ['BOM', '\ufeffa,b\n', [['a', 'b']]],
    ['quote inside an unquoted field is literal', 'it"s,x', [['it"s', 'x']]],
  ])('%s', (_name, input, rows) => {
    expect(parseCsv(input)).toEqual(rows);
  });

  it('maps rows to records by header and drops blank lines', () => {
    const csv = 'Community,Id,Request,Normalized Score\nWikipedia,1,"Could you, please, fix it?\nThanks",0.5\n\nWikipedia,2,Why?,-1.2\n';
    expect(parseCsvRecords(csv)).toEqual([
      { Community: 'Wikipedia', Id: '1', Request: 'Could you, please, fix it?\nThanks', 'Normalized Score': '0.5' },
      { Community: 'Wikipedia', Id: '2', Request: 'Why?', 'Normalized Score': '-1.2' },
    ]);
  });
});
