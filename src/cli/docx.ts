import mammoth from 'mammoth'
import { InputError } from './input-error.js'

/** The parts of mammoth's document model this reader walks. */
interface DocxElement {
  readonly type: string
  readonly value?: string
  readonly children?: readonly DocxElement[]
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b])

/** Collect paragraph texts, table cells included, in document order. */
function collectParagraphs(element: DocxElement, paragraphs: string[]): void {
  if (element.type === 'paragraph') {
    paragraphs.push(inlineText(element))
    return
  }
  for (const child of element.children ?? []) collectParagraphs(child, paragraphs)
}

function inlineText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? ''
    // Tabs and soft line breaks separate words; dropping them glues words together.
    case 'tab':
      return '\t'
    case 'break':
      return '\n'
    default:
      return (element.children ?? []).map(inlineText).join('')
  }
}

/**
 * Extract the text of a .docx with mammoth: body paragraphs and table cells,
 * separated by a blank line, so each Word paragraph is its own paragraph for
 * the engine. Offsets in findings refer to this text.
 */
export async function readDocx(path: string, buffer: Buffer): Promise<string> {
  if (buffer.subarray(0, 8).equals(OLE_SIGNATURE)) {
    throw new InputError(
      path,
      'dit bestand is beveiligd met een wachtwoord of is een oud .doc-bestand; sla het in Word op als .docx zonder wachtwoord',
    )
  }
  if (!buffer.subarray(0, 2).equals(ZIP_SIGNATURE)) {
    throw new InputError(path, 'dit is geen geldig .docx-bestand (het bestand is beschadigd of heeft de verkeerde extensie)')
  }
  const paragraphs: string[] = []
  try {
    await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: (document: DocxElement) => {
          collectParagraphs(document, paragraphs)
          return document
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    )
  } catch {
    throw new InputError(path, 'dit .docx-bestand kan niet worden gelezen: het is beschadigd of geen Word-document')
  }
  return paragraphs.join('\n\n')
}
