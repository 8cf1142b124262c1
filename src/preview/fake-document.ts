/**
 * The preview's document when it runs on the in-memory Word model from
 * `src/word/fake`: the pane talks to it through the real Office.js adapter,
 * and the view reads the model to draw it. The view is told to redraw after
 * every `Word.run` batch, which is when Word itself would update the screen.
 */
import { createFakeWord, type FakeWord, type ParagraphSpec } from '../word/fake/index.js'
import type { ParagraphModel } from '../word/fake/model.js'
import type { ChangeOrigin, PreviewComment, PreviewDocument, PreviewParagraph } from './preview-document.js'
import type { SampleParagraph } from './sample.js'

type RenderListener = (origin: ChangeOrigin) => void

/** Build the fake Word for the sample; returns it with the view's adapter. */
export function fakePreview(sample: readonly SampleParagraph[]): { fake: FakeWord; preview: PreviewDocument } {
  const header: ParagraphSpec[] = []
  const footer: ParagraphSpec[] = []
  const body: ParagraphSpec[] = []
  const styles: SampleParagraph['style'][][] = [[], [], []]
  for (const paragraph of sample) {
    const [list, index] = paragraph.part === 'header' ? [header, 0] : paragraph.part === 'footer' ? [footer, 2] : [body, 1]
    list.push(paragraph.text)
    styles[index]?.push(paragraph.style)
  }
  const fake = createFakeWord({ body, header, footer })
  const listeners = new Set<RenderListener>()
  const notify = (origin: ChangeOrigin): void => {
    for (const listener of [...listeners]) listener(origin)
  }

  // Redraw after each batch the add-in runs, as Word repaints after a sync.
  // Word.run has two overloads (batch, or context and batch); pass whatever came through unchanged.
  const word = fake.Word as unknown as { run: (...args: unknown[]) => Promise<unknown> }
  const run = word.run.bind(fake.Word)
  word.run = async (...args) => {
    try {
      return await run(...args)
    } finally {
      notify('host')
    }
  }

  const primary = fake.doc.sections[0]
  /** What a reader sees on the first page: the primary header, the body, the primary footer. */
  const shown = (): ParagraphModel[] => [
    ...(primary?.headers.Primary ?? []),
    ...fake.doc.bodyParagraphs,
    ...(primary?.footers.Primary ?? []),
  ]
  const styleOf = new Map<string, SampleParagraph['style']>()
  ;[primary?.headers.Primary ?? [], fake.doc.bodyParagraphs, primary?.footers.Primary ?? []].forEach((list, part) =>
    list.forEach((paragraph, index) => styleOf.set(paragraph.uid, styles[part]?.[index])),
  )

  const view = (paragraph: ParagraphModel): PreviewParagraph => ({
    id: paragraph.uid,
    part: paragraph.part === 'body' && paragraph.tableNestingLevel > 0 ? 'table' : paragraph.part,
    text: paragraph.text,
    style: styleOf.get(paragraph.uid),
  })

  const preview: PreviewDocument = {
    paragraphs: () => shown().map(view),
    comments: () =>
      fake.doc.comments.map(
        (comment): PreviewComment => ({
          id: comment.id,
          paragraphId: comment.paragraphUid,
          start: comment.range.start,
          end: comment.range.end,
          text: comment.text,
          quote: comment.range.text,
        }),
      ),
    selection: () => {
      const selection = fake.runtime.selection
      return selection ? { paragraphId: selection.paragraph.uid, start: selection.start, end: selection.end } : undefined
    },
    marks: () =>
      [...fake.doc.annotations.values(), ...fake.doc.highlights].map(({ range }) => ({
        paragraphId: range.paragraph.uid,
        start: range.start,
        end: range.end,
      })),
    setText: (id, text) => {
      const paragraph = fake.doc.findParagraph(id)
      if (!paragraph) return
      // Turn the typed paragraph into one minimal edit, as Word records keystrokes.
      const old = paragraph.text
      let start = 0
      while (start < old.length && start < text.length && old[start] === text[start]) start++
      let end = 0
      while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++
      fake.edit(id, start, old.length - end, text.slice(start, text.length - end))
      notify('user')
    },
    onRender: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return { fake, preview }
}
