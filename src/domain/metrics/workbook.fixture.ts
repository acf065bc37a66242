import { strToU8, zipSync } from 'fflate';

/**
 * Test fixture: an Excel workbook (.xlsx) made by hand from its XML parts, as small as Excel
 * accepts, so that the tests read a real workbook without a binary file in the repository. Cells
 * are numbers or inline strings; `null` leaves a cell empty. Sheets after the first hold one cell.
 */
export function workbook(rows: readonly (readonly (string | number | null)[])[], sheets = 1) {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const ref = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  const cell = (value: string | number | null, row: number, col: number) =>
    value === null
      ? ''
      : typeof value === 'number'
        ? `<c r="${ref(row, col)}"><v>${value}</v></c>`
        : `<c r="${ref(row, col)}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  const sheet = (data: readonly (readonly (string | number | null)[])[]) =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    data
      .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, i, j)).join('')}</row>`)
      .join('') +
    '</sheetData></worksheet>';
  const numbers = Array.from({ length: sheets }, (_, i) => i + 1);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        numbers
          .map(
            (n) =>
              `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        numbers.map((n) => `<sheet name="Blad${n}" sheetId="${n}" r:id="rId${n}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        numbers
          .map(
            (n) =>
              `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    ),
  };
  numbers.forEach((n) => {
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheet(n === 1 ? rows : [['—']]));
  });
  const zip = zipSync(files);
  return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
}
