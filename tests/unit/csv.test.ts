import { BOM, detectDelimiter, neutralise, parseCsv, toCsv, unneutralise } from '@/lib/csv';

describe('CSV', () => {
  it('writes UTF-8 with a BOM, quotes what needs quoting and neutralises formulas', () => {
    const csv = toCsv(['name', 'note'], [['Zoë "Z" Müller', '=HYPERLINK("http://evil")'], ['+1 415', 'two\nlines, one cell']]);
    expect(csv).toBe(`${BOM}name,note\r\n"Zoë ""Z"" Müller","'=HYPERLINK(""http://evil"")"\r\n+1 415,"two\nlines, one cell"\r\n`);
  });

  it('leaves numbers and phone numbers intact and guards every cell that could be a formula', () => {
    const intact = ['+447700900123', '+44 20 7946 0018', '+1 (415) 555-0123', '-12.5', '-5', '(415) 555-0123', '020/7946 0018', '+447700900123; +14155550123', '-1,250.50'];
    expect(intact.map(neutralise)).toStrictEqual(intact);
    const guarded = ['=1+1', '-2+3', '+1+cmd|\' /C calc\'!A0', '@SUM(A1:A9)', '-HYPERLINK("http://evil")', '+A1', '\t=1', '\r=1', "'+44 20", '+'];
    expect(guarded.map(neutralise)).toStrictEqual(guarded.map((value) => `'${value}`));
    for (const value of [...intact, ...guarded]) expect(unneutralise(neutralise(value))).toBe(value);
  });

  it('restores every neutralised value exactly, including ones that began with apostrophes', () => {
    for (const value of ['=1+1', '-5', '@SUM(A1)', "'=x", "''+y", "'plain", 'plain', '\tTab']) {
      expect(unneutralise(neutralise(value))).toBe(value);
    }
  });

  it('reads back what it writes, with any delimiter', () => {
    const rows = [['a;b', 'x\r\ny', '"quoted"', '', '=2']];
    for (const delimiter of [',', ';', '\t', '|'] as const) {
      const parsed = parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows, delimiter));
      expect(parsed).toStrictEqual({
        delimiter,
        records: [
          { row: 1, cells: ['h1', 'h2', 'h3', 'h4', 'h5'] },
          { row: 2, cells: rows[0] },
        ],
        problems: [],
      });
    }
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('Name;Email;"Phone;mobile"\nA;b;c')).toBe(';');
    expect(detectDelimiter('Name\tEmail\n')).toBe('\t');
    expect(detectDelimiter('Name')).toBe(',');
  });

  it('skips a row with a broken quote, reports it, and reads the rows after it', () => {
    const text = 'name,email\nAna,ana@x.example\nBo "the" Kim",bo@x.example\n"Cy,cy@x.example\nDee,dee@x.example\n';
    expect(parseCsv(text)).toStrictEqual({
      delimiter: ',',
      records: [
        { row: 1, cells: ['name', 'email'] },
        { row: 2, cells: ['Ana', 'ana@x.example'] },
        { row: 3, cells: ['Bo "the" Kim"', 'bo@x.example'] },
        { row: 5, cells: ['Dee', 'dee@x.example'] },
      ],
      problems: [{ row: 4, reason: 'a quoted field is never closed (unbalanced ")' }],
    });
    expect(parseCsv('name\n"Bo" Kim\nCy\n').problems).toStrictEqual([{ row: 2, reason: 'text follows a closing quote (a stray " inside a field)' }]);
  });
});
