import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Tab } from 'docx'

/** Build a real .docx: paragraphs of runs, a soft line break, a tab and a table. */
export async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Geachte bewoner,')] }),
          new Paragraph({
            children: [
              new TextRun('Er wonen veel allochtonen.'),
              new TextRun({ text: 'Indien', break: 1 }),
              new TextRun(' u vragen heeft, bel ons.'),
            ],
          }),
          new Paragraph({ children: [new TextRun({ children: ['Kolom', new Tab(), 'indien'] })] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Doelgroep')] }),
                  new TableCell({ children: [new Paragraph('kwetsbare groepen')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
