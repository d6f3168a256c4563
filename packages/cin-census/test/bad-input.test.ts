import { describe, expect, it } from 'vitest';
import { CinInputError, readCensus, validateCensus } from '../src/index.ts';

const HEADER =
  '<Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>' +
  '<ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>';

function child(id: string, referral = '2024-06-01'): string {
  return (
    `<Child>\n<ChildIdentifiers><LAchildID>${id}</LAchildID></ChildIdentifiers>\n` +
    `<CINdetails><CINreferralDate>${referral}</CINreferralDate><ReferralNFA>false</ReferralNFA></CINdetails>\n</Child>\n`
  );
}

function census(children: string, header = HEADER): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n${header}\n<Children>\n${children}</Children>\n</Message>\n`;
}

async function readError(xml: string): Promise<CinInputError> {
  try {
    await readCensus(xml);
  } catch (error) {
    if (error instanceof CinInputError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('input the reader refuses, with the specific message', () => {
  it('a "billion laughs" DOCTYPE is refused before any entity is expanded', async () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
      ']>',
      '<Message><Children><Child><ChildIdentifiers><LAchildID>&lol3;</LAchildID></ChildIdentifiers></Child></Children></Message>',
    ].join('\n');
    const error = await readError(lol);
    expect(error.line).toBe(2);
    expect(error.message).toBe(
      'CIN census XML, line 2: the file contains a DOCTYPE declaration. DOCTYPE and ENTITY declarations are refused ' +
        'because they can expand entities without limit ("billion laughs") or read external files; a CIN census file ' +
        'never needs one — remove it and upload again',
    );
  });

  it('an external entity (XXE) is refused, whether declared in a DOCTYPE or only referenced', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${census(child('&xxe;'))}`;
    expect((await readError(xxe)).reason).toMatch(/^the file contains a DOCTYPE declaration/);
    const reference = await readError(census(child('&xxe;')));
    expect(reference.message).toBe(
      'CIN census XML, line 6, element Message/Children/Child/ChildIdentifiers/LAchildID: unknown entity "&xxe;" — only ' +
        '&lt; &gt; &amp; &quot; &apos; and character references are allowed (entity declarations are refused)',
    );
  });

  it('a truncated file names the elements left open', async () => {
    const full = census(child('A1') + child('A2'));
    const error = await readError(full.slice(0, full.indexOf('<CINdetails>', full.indexOf('A2'))));
    expect(error.message).toBe(
      'CIN census XML, line 11, element Message/Children/Child, child A2: the file is truncated: it ends before ' +
        '</Child> (open elements: Message/Children/Child) — export the whole file again',
    );
  });

  it('malformed XML names the mismatched tags and the line', async () => {
    const error = await readError(census(child('A1').replace('</ChildIdentifiers>', '</ChildIdentifier>')));
    expect(error.message).toBe(
      'CIN census XML, line 6, element Message/Children/Child/ChildIdentifiers, child A1: closing tag </ChildIdentifier> ' +
        'does not match the open element <ChildIdentifiers>; the XML is malformed',
    );
  });

  it('a file whose root is not <Message> is not a CIN census', async () => {
    const error = await readError('<?xml version="1.0"?>\n<Children>\n<Child/>\n</Children>\n');
    expect(error.message).toBe(
      'CIN census XML, line 2, element Children: the root element is <Children>, expected <Message>: this is not a CIN ' +
        'census file — check you chose the CIN census XML',
    );
  });

  it('an unknown schema year is refused', async () => {
    const error = await readError(census(child('A1'), HEADER.replace('<Year>2025</Year>', '<Year>2031</Year>')));
    expect(error.message).toBe(
      'CIN census XML, element Message/Header/CollectionDetails/Year: unknown schema year "2031" in <Year>: this reader ' +
        'knows the CIN census layouts for collection years 2013–2027; check the Header or ask for the new layout to be added',
    );
  });

  it('two children with one LAchildID are refused, naming both lines', async () => {
    const error = await readError(census(child('A1') + child('B2') + child('A1')));
    expect(error.child).toBe('A1');
    expect(error.message).toBe(
      'CIN census XML, line 13, element Message/Children/Child/ChildIdentifiers/LAchildID, child A1: LAchildID "A1" is ' +
        'used by two children (lines 5 and 13); each child must appear once in the return (DfE rule 8510) — merge or ' +
        'renumber them',
    );
  });

  it('dates that are not dates name the element, the child and the line', async () => {
    const error = await readError(census(child('A1') + child('B2', '2024-02-30')));
    expect(error.message).toBe(
      'CIN census XML, line 11, element Message/Children/Child/CINdetails/CINreferralDate, child B2: CINreferralDate ' +
        '"2024-02-30" is not a date: dates must be real calendar dates written YYYY-MM-DD (e.g. 2024-03-31) — correct it ' +
        'in the case management system and export again',
    );
    await expect(readCensus(census(child('A1', '01/06/2024')))).rejects.toThrow(
      /CINreferralDate "01\/06\/2024" is not a date/,
    );
  });

  it('validateCensus refuses the same input, and a year without a rule pack', async () => {
    await expect(validateCensus(census(child('A1') + child('A1')), { year: 2025 })).rejects.toThrow(
      /LAchildID "A1" is used by two children/,
    );
    await expect(validateCensus(census(child('A1')), { year: 2019 })).rejects.toThrow(
      'CIN census XML: unknown collection year 2019: rule packs exist for 2023, 2024, 2025, 2026, 2027 (2026 = 2025/26) — choose one of those',
    );
  });
});
