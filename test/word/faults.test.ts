/**
 * The Word adapter when Word fails: every call the adapter makes is made to
 * fail in turn (once, and "from then on" as when the document is closed
 * mid-check), on a recent host and on a WordApi 1.3 host. Whatever fails,
 * the pane gets a Dutch message or an outcome, never a raw Office error, and
 * the document holds exactly the edits reported done: nothing half-written.
 *
 * The fake has no notion of a closed document; a fault that keeps firing on
 * every later call stands in for it (the fake belongs to the pane's work and
 * is used here as it is).
 */
import { describe, expect, it } from 'vitest'
import { HostError, WordHost } from '../../src/word/adapter.js'
import { createFakeWord, type FakeDocumentSpec, type FakeWord, type FaultSpec } from '../../src/word/fake/index.js'
import type { DocumentParagraph, TextTarget, WriteOutcome } from '../../src/word/host.js'
import { MESSAGES } from '../../src/word/messages.js'

const DUTCH = new Set<string>(Object.values(MESSAGES))

const SPEC: FakeDocumentSpec = {
  body: [
    'De burger leest de brief van de burger.',
    [{ text: 'Beste ', italic: true }, { text: 'burgers', bold: true }, ', welkom.'],
    { table: [['Doelgroep', 'burgers in de wijk']] },
    ['Zie de noot', { footnote: ' Bron: de burger zelf.' }, '.'],
    'Geen bevinding hier.',
  ],
  header: ['Afdeling burgerzaken'],
}

/** The calls the adapter makes in a session, found by letting a never-firing fault count them. */
const PROBED_APIS = [
  'Word.run',
  'RequestContext.sync',
  'Document.changeTrackingMode',
  'Document.getFootnoteBody',
  'Document.getParagraphByUniqueLocalId',
  'Document.getAnnotationById',
  'Paragraph.search',
  'Paragraph.getRange',
  'Paragraph.insertAnnotations',
  'Paragraph.load',
  'ParagraphCollection.load',
  'Range.insertText',
  'Range.insertComment',
  'Range.highlight',
  'Range.removeHighlight',
  'Range.load',
  'Range.expandTo',
  'Annotation.delete',
] as const

interface SessionResult {
  readonly readError?: unknown
  readonly outcomes: readonly WriteOutcome[]
  readonly comment?: WriteOutcome
  readonly edits: readonly { target: TextTarget; replacement: string }[]
  readonly paragraphs: readonly DocumentParagraph[]
}

function wordTargets(paragraphs: readonly DocumentParagraph[]): TextTarget[] {
  const targets: TextTarget[] = []
  for (const p of paragraphs) {
    for (const match of p.text.matchAll(/burger/g)) {
      targets.push({ paragraphId: p.id, start: match.index, end: match.index + 6, expected: 'burger' })
    }
  }
  return targets
}

/** What a check in the pane does: capabilities, read, mark, replace, comment, clear marks. */
async function session(fake: FakeWord): Promise<SessionResult> {
  const host = new WordHost({ word: fake.Word, office: fake.Office, pageSize: 2 })
  await host.capabilities()
  let paragraphs: DocumentParagraph[]
  try {
    paragraphs = await host.readDocument()
  } catch (error) {
    return { readError: error, outcomes: [], edits: [], paragraphs: [] }
  }
  const targets = wordTargets(paragraphs)
  await host.mark(targets.map((target) => ({ target, suggestions: ['inwoner'] })))
  const edits = targets.slice(1).map((target) => ({ target, replacement: 'inwoner' }))
  const outcomes = await host.replace(edits)
  const comment = targets[0] ? await host.addComment(targets[0], 'Overweeg: inwoner') : undefined
  await host.clearMarks()
  return { outcomes, edits, paragraphs, ...(comment ? { comment } : {}) }
}

/** Every paragraph text in the document, sorted: a change anywhere shows. */
function allTexts(fake: FakeWord): string[] {
  return fake.inspect().map((p) => p.text).sort()
}

/** The texts the document must hold: the original with exactly the edits reported done. */
function expectedTexts(before: readonly string[], result: SessionResult): string[] {
  const texts = new Map(result.paragraphs.map((p) => [p.id, p.text]))
  const done = result.edits.filter((_, i) => result.outcomes[i]?.status === 'done').sort((a, b) => b.target.start - a.target.start)
  const after = new Map(texts)
  for (const { target, replacement } of done) {
    const text = after.get(target.paragraphId)!
    after.set(target.paragraphId, text.slice(0, target.start) + replacement + text.slice(target.end))
  }
  const rest = [...before]
  for (const text of texts.values()) rest.splice(rest.indexOf(text), 1)
  return [...rest, ...after.values()].sort()
}

function expectSound(fake: FakeWord, before: readonly string[], formatsBefore: string, version: number, result: SessionResult, label: string): void {
  if (result.readError !== undefined) {
    expect(result.readError, label).toBeInstanceOf(HostError)
    expect(DUTCH.has((result.readError as HostError).message), label).toBe(true)
  }
  for (const outcome of [...result.outcomes, ...(result.comment ? [result.comment] : [])]) {
    if (outcome.status === 'failed') expect(DUTCH.has(outcome.message), `${label}: ${outcome.message}`).toBe(true)
  }
  expect(result.outcomes).toHaveLength(result.edits.length)
  expect(allTexts(fake), label).toEqual(expectedTexts(before, result))
  if (!result.outcomes.some((o) => o.status === 'done') && result.comment?.status !== 'done') {
    expect(fake.doc.version, label).toBe(version)
    // No edit landed, so every run keeps its text and formatting.
    expect(JSON.stringify(fake.inspect().map((p) => p.runs)), label).toBe(formatsBefore)
  }
  if (result.comment?.status !== 'done') expect(fake.doc.comments, label).toHaveLength(0)
}

/** How often each API is called in a fault-free session. */
async function callCounts(wordApi: string): Promise<Map<string, number>> {
  const fake = createFakeWord(SPEC, { wordApi })
  const probes = PROBED_APIS.map((api): FaultSpec => ({ api, after: Number.MAX_SAFE_INTEGER }))
  for (const probe of probes) fake.inject(probe)
  await session(fake)
  return new Map(probes.map((probe) => [probe.api, fake.runtime.faultHits.get(probe) ?? 0]))
}

describe.each(['1.8', '1.3'])('Word API %s: every call failing in turn', (wordApi) => {
  it('a fault-free session replaces every target but the commented one, and leaves no marks', async () => {
    const fake = createFakeWord(SPEC, { wordApi })
    const before = allTexts(fake)
    const result = await session(fake)
    expect(result.readError).toBeUndefined()
    expect(result.outcomes.length).toBeGreaterThanOrEqual(3)
    expect(result.outcomes.every((o) => o.status === 'done')).toBe(true)
    expect(allTexts(fake)).toEqual(expectedTexts(before, result))
    expect(allTexts(fake)).not.toEqual(before)
    expect(fake.doc.annotations.size + fake.doc.highlights.length).toBe(0)
  })

  it('fails once at each call: a Dutch message or outcome, and exactly the reported edits in the document', async () => {
    const counts = await callCounts(wordApi)
    const used = [...counts].filter(([, count]) => count > 0)
    expect(used.map(([api]) => api)).toEqual(expect.arrayContaining(['Word.run', 'RequestContext.sync', 'Range.insertText']))
    let failures = 0
    for (const [api, count] of used) {
      for (let after = 0; after < count; after++) {
        for (const code of ['GeneralException', 'AccessDenied', 'ItemNotFound']) {
          const fake = createFakeWord(SPEC, { wordApi })
          const before = allTexts(fake)
          const formats = JSON.stringify(fake.inspect().map((p) => p.runs))
          fake.inject({ api, after, code })
          const result = await session(fake)
          expectSound(fake, before, formats, 0, result, `${api} #${after + 1} ${code}`)
          if (result.readError !== undefined || result.outcomes.some((o) => o.status !== 'done')) failures++
        }
      }
    }
    // The sweep must actually have hurt: some sessions failed to read or to write.
    expect(failures).toBeGreaterThan(0)
  })

  it('keeps failing from any call on, as when the document is closed mid-check', async () => {
    const counts = await callCounts(wordApi)
    const syncs = counts.get('RequestContext.sync')!
    for (let after = 0; after <= syncs; after++) {
      const fake = createFakeWord(SPEC, { wordApi })
      const before = allTexts(fake)
      const formats = JSON.stringify(fake.inspect().map((p) => p.runs))
      fake.inject({ api: 'RequestContext.sync', after, times: Number.POSITIVE_INFINITY, code: 'GeneralException', message: 'The document was closed.' })
      fake.inject({ api: 'Word.run', after: Math.floor(after / 2), times: Number.POSITIVE_INFINITY, code: 'GeneralException' })
      const result = await session(fake)
      expectSound(fake, before, formats, 0, result, `closed after sync ${after}`)
    }
  })
})

describe('a document closed while it is read', () => {
  it('rejects the read with a Dutch message after handing out the pages it had, and later writes fail cleanly', async () => {
    const fake = createFakeWord({ body: Array.from({ length: 10 }, (_, i) => `Alinea ${i} voor de burger.`) })
    const host = new WordHost({ word: fake.Word, office: fake.Office, pageSize: 3 })
    const pages: number[] = []
    // Setup and header/footer syncs, then the first body page; the second page's sync fails, and all after it.
    fake.inject({ api: 'RequestContext.sync', after: 3, times: Number.POSITIVE_INFINITY })
    await expect(host.readDocument({ onPage: (page) => pages.push(page.length) })).rejects.toThrow(MESSAGES.readFailed)
    expect(pages).toEqual([3])
    const target: TextTarget = { paragraphId: fake.paragraph(0).uid, start: 13, end: 19, expected: 'burger' }
    expect(await host.replace([{ target, replacement: 'inwoner' }])).toEqual([{ status: 'failed', message: MESSAGES.general }])
    expect(await host.addComment(target, 'x')).toEqual({ status: 'failed', message: MESSAGES.general })
    expect(await host.select(target)).toEqual({ status: 'failed', message: MESSAGES.general })
    await expect(host.mark([{ target, suggestions: [] }])).resolves.toBeUndefined()
    await expect(host.clearMarks()).resolves.toBeUndefined()
    expect(fake.doc.version).toBe(0)
  })
})

describe('an empty document', () => {
  it.each([
    ['no text at all', { body: [''] }],
    ['only blank paragraphs, an empty table and empty headers', { body: ['', '   ', '\t', { table: [['', ' ']] }], header: [''], footer: [' '] }],
  ] as const)('%s: nothing to read, nothing to do, nothing written', async (_name, spec: FakeDocumentSpec) => {
    for (const wordApi of ['1.8', '1.3']) {
      const fake = createFakeWord(spec, { wordApi })
      const host = new WordHost({ word: fake.Word, office: fake.Office })
      const progress: { done: number; total: number }[] = []
      expect(await host.readDocument({ onProgress: (p) => progress.push(p) })).toEqual([])
      expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total)
      expect(await host.readParagraphs([])).toEqual([])
      fake.resetStats()
      await host.mark([])
      expect(await host.replace([])).toEqual([])
      await host.clearMarks()
      expect(fake.stats.syncs).toBe(0)
      expect(fake.doc.version).toBe(0)
    }
  })
})

describe('a WordApi 1.3 host', () => {
  it('offers only what it can: no comments, events, marks or footnotes, and changes nothing trying', async () => {
    const fake = createFakeWord(SPEC, { wordApi: '1.3' })
    const host = new WordHost({ word: fake.Word, office: fake.Office })
    expect(await host.capabilities()).toEqual({ comments: false, paragraphEvents: false, annotations: false, footnotes: false, trackChanges: 'unknown' })
    const paragraphs = await host.readDocument()
    expect(paragraphs.some((p) => p.part === 'footnote')).toBe(false)
    const formats = JSON.stringify(fake.inspect())
    const targets = wordTargets(paragraphs)
    fake.resetStats()
    await host.mark(targets.map((target) => ({ target, suggestions: ['inwoner'] })))
    // Neither annotations (1.7) nor highlights (1.8) exist here: marking is skipped, not attempted.
    expect(fake.stats.syncs).toBe(0)
    expect(await host.addComment(targets[0]!, 'x')).toEqual({ status: 'failed', message: MESSAGES.commentsUnsupported })
    const unsubscribe = await host.onParagraphsChanged(() => undefined)
    await unsubscribe()
    await host.clearMarks()
    expect(JSON.stringify(fake.inspect())).toBe(formats)
    expect(fake.doc.annotations.size + fake.doc.highlights.length + fake.doc.comments.length).toBe(0)
  })
})
