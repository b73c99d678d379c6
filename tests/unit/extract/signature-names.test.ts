// Names and titles in signature blocks of the six languages, on blocks written for this test:
// academic and professional titles before a name, long particle-laden names, German compound roles,
// and the numbers of a postal address that are not phones.
import { extractSignature, isNameLike } from '@/lib/extract/signature';
import { extractSelection } from '@/lib/extract/selection';

describe('names behind honorifics and academic titles', () => {
  it.each([
    ['Prof. Dr.-Ing. Sabine Kästner', 'Sabine Kästner'],
    ['Dipl.-Ing. Markus van der Berg', 'Markus van der Berg'],
    ['Dr. Ing. Klaus MÜLLER', 'Klaus MÜLLER'],
    ['Dott. Ing. Marco ROSSI', 'Marco ROSSI'],
    ['Dott.ssa Francesca D’Angelo', 'Francesca D’Angelo'],
    ['Dra. Lucía Gómez Herrero', 'Lucía Gómez Herrero'],
    ['Lic. Carlos A. Ramírez', 'Carlos A. Ramírez'],
    ['Eng.º Rui Manuel Teixeira', 'Rui Manuel Teixeira'],
    ['Me Hélène Garnier', 'Hélène Garnier'],
  ])('reads %s as %s', (line, name) => {
    const lead = extractSignature([line, 'Responsable Export', 'Tel. +33 4 72 55 19 02'].join('\n'));
    expect(lead?.fullName).toBe(name);
  });

  it('keeps a long Spanish name whose particles are in capitals', () => {
    expect(isNameLike('María de los Ángeles RUIZ DE LA FUENTE')).toBe(true);
    expect(isNameLike('José Luis FERNÁNDEZ DE LA TORRE')).toBe(true);
  });

  it('does not take a capital for an honorific when no full stop or space follows it', () => {
    expect(extractSignature('MEYER Hans\nVertrieb\nTel. +49 89 5550 1234')?.fullName).toBe('MEYER Hans');
  });
});

describe('titles and addresses', () => {
  it('reads a German compound role ("Institutsleiterin", "Vertriebsleiter") as the title', () => {
    const block = ['Prof. Dr. Anna-Lena Schröder', 'Institutsleiterin', 'Institut für Fügetechnik GmbH', 'Tel.: +49 3641 204 110'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Anna-Lena Schröder', title: 'Institutsleiterin', company: 'Institut für Fügetechnik GmbH' });
    expect(extractSignature(block.replace('Institutsleiterin', 'Vertriebsleiter Süd'))?.title).toBe('Vertriebsleiter Süd');
  });

  it.each([
    ['Técnico de Calidad', 'es'],
    ['Tecnico Commerciale', 'it'],
    ['Técnica Comercial', 'pt'],
    ['Délégué régional', 'fr'],
    ['Technikerin Außendienst', 'de'],
  ])('reads the role "%s" (%s) as the title', (role) => {
    const block = ['Inés Robles Marín', role, 'Laboratorios Ibéricos S.L.U.', 'T. +34 96 155 44 33'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Inés Robles Marín', title: role, company: 'Laboratorios Ibéricos S.L.U.' });
  });

  it('takes neither a house number with its postcode nor a Portuguese postcode for a phone, on every path', () => {
    const italian = ['Dott. Ing. Marco ROSSI', 'Responsabile Acquisti', 'Meccanica Lombarda S.p.A.', "Via dell'Industria 42 - 24040 Comun Nuovo (BG)", 'Tel. +39 035 59 12 300'].join('\n');
    const portuguese = ['Eng.º João Pedro dos Santos', 'Diretor Técnico', 'Metalúrgica do Norte, Lda.', 'Rua da Indústria 210, 4470-212 Maia', 'Tel.: +351 22 943 5100'].join('\n');
    for (const block of [italian, portuguese]) {
      expect(extractSignature(block)?.phones).toHaveLength(1);
      expect(extractSelection(block, null)?.phones).toHaveLength(1);
    }
    expect(extractSignature(portuguese)?.location).toBe('Rua da Indústria 210, 4470-212 Maia');
  });

  it('reads a block whose postal address is one long line as a signature', () => {
    const block = ['Un saludo,', '', 'Inés Robles Marín', 'Jefa de Laboratorio', 'Laboratorios Ibéricos S.L.U.', 'Polígono Industrial El Oliveral, C/ F nº 7, 46394 Ribarroja del Turia (Valencia)', 'T. +34 96 155 44 33'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Inés Robles Marín', title: 'Jefa de Laboratorio', location: 'Polígono Industrial El Oliveral, C/ F nº 7, 46394 Ribarroja del Turia (Valencia)' });
  });
});
