// Table output: columns aligned to their widest cell, two spaces apart, numbers right-aligned, nothing trailing.
import { expect } from 'chai';
import fc from 'fast-check';
import { formatNumber, renderKeyValues, renderTable } from '../../../cli/marathon/index.js';

describe('table rendering', function () {
  it('pads every column to its widest cell', function () {
    const text = renderTable(['ID', { header: 'INSTANCES', align: 'right' }, 'STATUS'], [
      ['/web', '3/5', 'Deploying'],
      ['/prod/database', '1/1', 'Running'],
    ]);
    expect(text).to.equal([
      'ID              INSTANCES  STATUS',
      '/web                  3/5  Deploying',
      '/prod/database        1/1  Running',
    ].join('\n'));
  });

  it('prints only the header for no rows, fills missing cells and flattens newlines', function () {
    expect(renderTable(['ID', 'STATUS'], [])).to.equal('ID  STATUS');
    expect(renderTable(['A', 'B', 'C'], [['x'], ['y\nz', '', 'w']])).to.equal(['A    B  C', 'x', 'y z     w'].join('\n'));
  });

  it('keeps columns aligned for any cells: each column starts at the same offset on every line', function () {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', '/', '-', '1', 'é'), maxLength: 12 }).filter((text) => text.trim() === text && text !== '');
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (rows) => {
      const lines = renderTable(['ONE', 'TWO', 'THREE'], rows).split('\n');
      expect(lines).to.have.length(rows.length + 1);
      const widthOne = Math.max(3, ...rows.map((row) => [...row[0]].length));
      const widthTwo = Math.max(3, ...rows.map((row) => [...row[1]].length));
      for (const [index, line] of lines.entries()) {
        const expected = index === 0 ? ['ONE', 'TWO', 'THREE'] : rows[index - 1] ?? [];
        const characters = [...line];
        expect(characters.slice(widthOne + 2, widthOne + 2 + [...(expected[1] ?? '')].length).join('')).to.equal(expected[1]);
        expect(characters.slice(widthOne + widthTwo + 4).join('')).to.equal(expected[2]);
        expect(line).to.equal(line.trimEnd());
      }
    }));
  });

  it('renders key/value blocks and leaves out undefined values', function () {
    expect(renderKeyValues([['ID', '/web'], ['CMD', undefined], ['INSTANCES', '3/5 running']])).to.equal(
      ['ID         /web', 'INSTANCES  3/5 running'].join('\n'),
    );
  });

  it('formats numbers without float noise', function () {
    expect(formatNumber(0.1 + 0.2)).to.equal('0.3');
    expect(formatNumber(1)).to.equal('1');
    expect(formatNumber(128.5)).to.equal('128.5');
  });
});
