import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { HostError, inProtectedSpan, WordHost } from '../../src/word/adapter.js'
import { createFakeWord, FOOTNOTE_MARK, type FakeDocumentSpec, type FakeWordOptions } from '../../src/word/fake/index.js'
import type { DocumentParagraph, TextTarget } from '../../src/word/host.js'
import { MESSAGES } from '../../src/word/messages.js'

function setup(spec: FakeDocumentSpec, options: FakeWordOptions = {}, pageSize?: number) {
  const fake = createFakeWord(spec, options)
  const host = new WordHost({ word: fake.Word, office: fake.Office, ...(pageSize ? { pageSize } : {}) })
  return { fake, host }
}

function target(p: DocumentParagraph, word: string, nth = 0): TextTarget {
  let at = -1
  for (let i = 0; i <= nth; i++) at = p.text.indexOf(word, at + 1)
  if (at < 0) throw new Error(`${word} not in ${p.text}`)
  return { paragraphId: p.id, start: at, end: at + word.length, expected: word }
}

describe('reading', () => {
  it('reads body, table cells, headers, footers and footnotes with their parts', async () => {
    const { host } = setup({
      body: ['Eerste alinea.', { table: [['Cel een', 'Cel twee']] }, ['Tekst met noot', { footnote: ' Bron: CBS.' }, '.'], ''],
      header: ['Gemeente Voorbeeld'],
      footer: ['Pagina'],
    })
    const paragraphs = await host.readDocument()
    expect(paragraphs.map((p) => [p.part, p.text])).toEqual([
      ['body', 'Eerste alinea.'],
      ['table', 'Cel een'],
      ['table', 'Cel twee'],
      ['body', `Tekst met noot${FOOTNOTE_MARK}.`],
      ['header', 'Gemeente Voorbeeld'],
      ['footer', 'Pagina'],
      ['footnote', `${FOOTNOTE_MARK} Bron: CBS.`],
    ])
  })

  it('skips locked content and marks field results as protected', async () => {
    const { host } = setup({
      body: [{ runs: 'Vergrendeld', locked: true }, ['Datum: ', { field: '24 november 2026', code: 'DATE' }, ' klaar']],
    })
    const paragraphs = await host.readDocument()
    expect(paragraphs.map((p) => p.text)).toEqual(['Datum: 24 november 2026 klaar'])
    expect(paragraphs[0]?.protectedSpans).toEqual([{ start: 7, end: 23 }])
  })

  it('reads under WordApi 1.3 without ids, footnotes or fields', async () => {
    const { host } = setup({ body: ['Een', ['Twee', { footnote: ' noot' }]] }, { wordApi: '1.3' })
    const paragraphs = await host.readDocument()
    expect(paragraphs.map((p) => p.text)).toEqual(['Een', `Twee${FOOTNOTE_MARK}`])
    const [first] = await host.replace([{ target: target(paragraphs[0]!, 'Een'), replacement: 'Eén' }])
    expect(first).toEqual({ status: 'done' })
    const caps = await host.capabilities()
    expect(caps).toMatchObject({ comments: false, paragraphEvents: false, annotations: false, footnotes: false, trackChanges: 'unknown' })
  })

  it('pages reads and reports progress; syncs grow with pages only', async () => {
    const body = Array.from({ length: 450 }, (_, i) => `Alinea ${i} over de burger.`)
    const { fake, host } = setup({ body }, {}, 200)
    const pages: number[] = []
    const progress: { done: number; total: number }[] = []
    const paragraphs = await host.readDocument({ onPage: (p) => pages.push(p.length), onProgress: (p) => progress.push(p) })
    expect(paragraphs).toHaveLength(450)
    expect(pages).toEqual([200, 200, 50])
    // Six empty header/footer paragraphs are read too, but not handed out.
    expect(progress.at(-1)).toEqual({ done: 456, total: 456 })
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true)
    // Setup, headers/footers, one per body page, the footnote count: no lock or field checks needed.
    expect(fake.stats.syncs).toBe(2 + 3 + 1)

    // With a locked paragraph somewhere, each page also checks locks: one more sync per page.
    const locked = setup({ body: [...body, { runs: 'Vast', locked: true }] }, {}, 200)
    expect(await locked.host.readDocument()).toHaveLength(450)
    expect(locked.fake.stats.syncs).toBe(2 + 3 * 2 + 1)
  })

  it('replaces in headers and re-reads by position under WordApi 1.3', async () => {
    const { fake, host } = setup({ body: ['Tekst'], header: ['Afdeling burgerzaken'] }, { wordApi: '1.3' })
    const paragraphs = await host.readDocument()
    const header = paragraphs.find((p) => p.part === 'header')!
    expect(await host.replace([{ target: target(header, 'burgerzaken'), replacement: 'publiekszaken' }])).toEqual([{ status: 'done' }])
    const again = await host.readParagraphs([header.id])
    expect(again).toEqual([{ id: header.id, part: 'header', text: 'Afdeling publiekszaken' }])
    expect(fake.inspect().find((p) => p.part === 'header')?.text).toBe('Afdeling publiekszaken')
  })

  it('turns a failed read into a Dutch HostError', async () => {
    const { fake, host } = setup({ body: ['Tekst'] })
    fake.inject({ api: 'RequestContext.sync', code: 'GeneralException' })
    await expect(host.readDocument()).rejects.toBeInstanceOf(HostError)
    fake.inject({ api: 'RequestContext.sync', code: 'GeneralException' })
    await expect(host.readDocument()).rejects.toThrow(/Word kon de tekst/)
  })

  it('tells the pane which offsets are inside a field', async () => {
    const { host } = setup({ body: [['Op ', { field: 'maandag', code: 'DATE' }, ' komt hij.']] })
    const [p] = await host.readDocument()
    expect(inProtectedSpan(p!, 3, 10)).toBe(true)
    expect(inProtectedSpan(p!, 5, 6)).toBe(true)
    expect(inProtectedSpan(p!, 11, 15)).toBe(false)
    expect(inProtectedSpan(p!, 0, 2)).toBe(false)
  })

  it('re-reads only requested paragraphs and leaves out deleted ones', async () => {
    const { fake, host } = setup({ body: ['Een', 'Twee'] })
    const paragraphs = await host.readDocument()
    fake.edit(1, 0, 4, 'Drie')
    fake.deleteParagraph(0)
    const again = await host.readParagraphs(paragraphs.map((p) => p.id))
    expect(again.map((p) => p.text)).toEqual(['Drie'])
  })
})

describe('replacing', () => {
  it('uses a number of syncs that does not grow with the number of findings', async () => {
    const count = async (n: number) => {
      const body = Array.from({ length: n }, () => 'De burger kan de burger helpen.')
      const { fake, host } = setup({ body })
      const paragraphs = await host.readDocument()
      const edits = paragraphs.flatMap((p) => [
        { target: target(p, 'burger', 0), replacement: 'inwoner' },
        { target: target(p, 'burger', 1), replacement: 'inwoner' },
      ])
      fake.resetStats()
      await host.mark(edits.map((e) => ({ target: e.target, suggestions: [e.replacement] })))
      const outcomes = await host.replace(edits)
      expect(outcomes.every((o) => o.status === 'done')).toBe(true)
      expect(new Set(fake.bodyTexts())).toEqual(new Set(['De inwoner kan de inwoner helpen.']))
      return fake.stats.syncs
    }
    const few = await count(5)
    const many = await count(500)
    expect(many).toBe(few)
    expect(few).toBeLessThanOrEqual(6)
  })

  it('applies two findings in one paragraph from the end backwards', async () => {
    const { fake, host } = setup({ body: ['Hij is voorzitter en hij is woordvoerder.'] })
    const [p] = await host.readDocument()
    const outcomes = await host.replace([
      { target: target(p!, 'voorzitter'), replacement: 'voorzitter (m/v/x)' },
      { target: target(p!, 'woordvoerder'), replacement: 'persvoorlichter' },
    ])
    expect(outcomes).toEqual([{ status: 'done' }, { status: 'done' }])
    expect(fake.bodyTexts()).toEqual(['Hij is voorzitter (m/v/x) en hij is persvoorlichter.'])
  })

  it('returns stale and writes nothing when the document changed since the check', async () => {
    const { fake, host } = setup({ body: ['De burger leest het.'] })
    const [p] = await host.readDocument()
    fake.edit(0, 0, 2, 'Elke')
    const version = fake.doc.version
    const outcomes = await host.replace([{ target: target(p!, 'burger'), replacement: 'inwoner' }])
    expect(outcomes).toEqual([{ status: 'stale' }])
    expect(fake.doc.version).toBe(version)
    expect(fake.bodyTexts()).toEqual(['Elke burger leest het.'])
  })

  it('keeps a later finding valid after an edit behind it, and marks one after it stale', async () => {
    const { fake, host } = setup({ body: ['Een burger en een ambtenaar.'] })
    const [p] = await host.readDocument()
    const early = target(p!, 'burger')
    const late = target(p!, 'ambtenaar')
    expect(await host.replace([{ target: early, replacement: 'inwoner die' }])).toEqual([{ status: 'done' }])
    expect(await host.replace([{ target: late, replacement: 'medewerker' }])).toEqual([{ status: 'stale' }])
    expect(fake.bodyTexts()).toEqual(['Een inwoner die en een ambtenaar.'])
  })

  it('leaves a footnote mark next to the target alone', async () => {
    const { fake, host } = setup({ body: [['Volgens de ', { text: 'woordvoerder', bold: true }, { footnote: ' Interview.' }, ' klopt het.']] })
    const [p] = await host.readDocument()
    expect(await host.replace([{ target: target(p!, 'woordvoerder'), replacement: 'persvoorlichter' }])).toEqual([{ status: 'done' }])
    const [body] = fake.inspect()
    expect(body?.text).toBe(`Volgens de persvoorlichter${FOOTNOTE_MARK} klopt het.`)
    expect(body?.runs.map((r) => [r.text, r.kind, r.bold ?? false])).toEqual([
      ['Volgens de ', 'text', false],
      ['persvoorlichter', 'text', true],
      [FOOTNOTE_MARK, 'footnoteRef', false],
      [' klopt het.', 'text', false],
    ])
    expect(fake.doc.footnoteParagraphs).toHaveLength(1)
  })

  it('keeps formatting of the replaced run and of its neighbours', async () => {
    const { fake, host } = setup({ body: [[{ text: 'Beste ', italic: true }, { text: 'burgers', bold: true, italic: true }, { text: ',', underline: true }]] })
    const [p] = await host.readDocument()
    await host.replace([{ target: target(p!, 'burgers'), replacement: 'inwoners' }])
    expect(fake.inspect()[0]?.runs.map((r) => ({ text: r.text, bold: r.bold, italic: r.italic, underline: r.underline }))).toEqual([
      { text: 'Beste ', bold: undefined, italic: true, underline: undefined },
      { text: 'inwoners', bold: true, italic: true, underline: undefined },
      { text: ',', bold: undefined, italic: undefined, underline: true },
    ])
  })

  it('replaces in a table cell and a header', async () => {
    const { fake, host } = setup({ body: [{ table: [['De wethouder', 'Hij']] }], header: ['Afdeling burgerzaken'] })
    const paragraphs = await host.readDocument()
    const cell = paragraphs.find((p) => p.part === 'table')!
    const header = paragraphs.find((p) => p.part === 'header')!
    const outcomes = await host.replace([
      { target: target(cell, 'wethouder'), replacement: 'portefeuillehouder' },
      { target: target(header, 'burgerzaken'), replacement: 'publiekszaken' },
    ])
    expect(outcomes).toEqual([{ status: 'done' }, { status: 'done' }])
    expect(fake.inspect().filter((p) => p.text !== '').map((p) => p.text)).toEqual(['De portefeuillehouder', 'Hij', 'Afdeling publiekszaken'])
  })

  it('respects track changes and records revisions without changing the mode', async () => {
    const { fake, host } = setup({ body: ['De burger.'] }, { changeTrackingMode: 'TrackAll' })
    const [p] = await host.readDocument()
    expect((await host.capabilities()).trackChanges).toBe('trackAll')
    await host.replace([{ target: target(p!, 'burger'), replacement: 'inwoner' }])
    expect(fake.doc.changeTrackingMode).toBe('TrackAll')
    expect(fake.doc.revisions).toEqual([
      { type: 'Deleted', paragraphUid: p!.id, text: 'burger' },
      { type: 'Inserted', paragraphUid: p!.id, text: 'inwoner' },
    ])
  })

  it('finds spans longer than 255 characters with prefix, suffix and expandTo', async () => {
    const long = 'Lang stuk '.repeat(40).trim()
    const { fake, host } = setup({ body: [`Begin. ${long} Einde.`] })
    const [p] = await host.readDocument()
    const outcomes = await host.replace([{ target: target(p!, long), replacement: 'Kort.' }])
    expect(outcomes).toEqual([{ status: 'done' }])
    expect(fake.bodyTexts()).toEqual(['Begin. Kort. Einde.'])
  })

  it('escapes special characters (caret, no-break space, soft hyphen, tab)', async () => {
    const text = 'Zie 3^2 en 10\u00a0km\u00adafstand\tof meer.'
    const { fake, host } = setup({ body: [text] })
    const [p] = await host.readDocument()
    const outcomes = await host.replace([
      { target: target(p!, '3^2'), replacement: 'drie kwadraat' },
      { target: target(p!, '10\u00a0km\u00adafstand\tof'), replacement: 'tien kilometer of' },
    ])
    expect(outcomes).toEqual([{ status: 'done' }, { status: 'done' }])
    expect(fake.bodyTexts()).toEqual(['Zie drie kwadraat en tien kilometer of meer.'])
  })

  it('takes the right occurrence of a repeated word', async () => {
    const { fake, host } = setup({ body: ['hij, hij en Hij'] })
    const [p] = await host.readDocument()
    await host.replace([{ target: target(p!, 'hij', 1), replacement: 'zij' }])
    expect(fake.bodyTexts()).toEqual(['hij, zij en Hij'])
  })

  it('refuses to write into a field result', async () => {
    const { fake, host } = setup({ body: [['Op ', { field: 'maandag', code: 'DATE' }, ' komt hij.']] })
    const [p] = await host.readDocument()
    const [outcome] = await host.replace([{ target: target(p!, 'maandag'), replacement: 'dinsdag' }])
    expect(outcome).toEqual({ status: 'failed', message: MESSAGES.inField })
    expect(fake.bodyTexts()).toEqual(['Op maandag komt hij.'])
  })

  it('turns a Word error into a Dutch failure and leaves the document untouched', async () => {
    const { fake, host } = setup({ body: ['De burger en de ambtenaar.'] })
    const [p] = await host.readDocument()
    fake.inject({ api: 'Paragraph.search', code: 'GeneralException' })
    const outcomes = await host.replace([
      { target: target(p!, 'burger'), replacement: 'inwoner' },
      { target: target(p!, 'ambtenaar'), replacement: 'medewerker' },
    ])
    expect(outcomes).toEqual([
      { status: 'failed', message: MESSAGES.general },
      { status: 'failed', message: MESSAGES.general },
    ])
    expect(fake.bodyTexts()).toEqual(['De burger en de ambtenaar.'])
  })

  it('reports exactly which edits landed when Word fails half-way through a write', async () => {
    const { fake, host } = setup({ body: ['De burger en de ambtenaar.'] })
    const [p] = await host.readDocument()
    // The second insertText (the earlier finding, since edits run end-first) fails.
    fake.inject({ api: 'Range.insertText', after: 1 })
    const outcomes = await host.replace([
      { target: target(p!, 'burger'), replacement: 'inwoner' },
      { target: target(p!, 'ambtenaar'), replacement: 'medewerker' },
    ])
    expect(outcomes).toEqual([{ status: 'failed', message: MESSAGES.general }, { status: 'done' }])
    expect(fake.bodyTexts()).toEqual(['De burger en de medewerker.'])
  })

  it('reports overlapping edits in one paragraph instead of garbling text', async () => {
    const { fake, host } = setup({ body: ['de burgerzaken'] })
    const [p] = await host.readDocument()
    const outcomes = await host.replace([
      { target: { paragraphId: p!.id, start: 3, end: 9, expected: 'burger' }, replacement: 'inwoner' },
      { target: { paragraphId: p!.id, start: 3, end: 14, expected: 'burgerzaken' }, replacement: 'publiekszaken' },
    ])
    expect(outcomes.map((o) => o.status).sort()).toEqual(['done', 'failed'])
    expect(fake.bodyTexts()[0]).toMatch(/^de (inwonerzaken|publiekszaken)$/)
  })

  it('property: replacing random findings never changes text outside the targets', async () => {
    const word = fc.constantFrom('burger', 'hij', 'ambtenaar', 'de', '^', '\u00a0', ' ', 'x', '.')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join('')), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(20), fc.constantFrom('X', 'inwoner', '', '^^')), { maxLength: 6 }),
        async (texts, picks) => {
          const { fake, host } = setup({ body: texts })
          const paragraphs = await host.readDocument()
          if (paragraphs.length === 0) return
          const edits = picks.map(([pi, s, len, replacement]) => {
            const p = paragraphs[pi % paragraphs.length]!
            const start = s % (p.text.length + 1)
            const end = Math.min(p.text.length, start + Math.max(1, len))
            return { target: { paragraphId: p.id, start, end, expected: p.text.slice(start, end) }, replacement }
          })
          const outcomes = await host.replace(edits.filter((e) => e.target.expected.length > 0))
          const applied = edits.filter((e) => e.target.expected.length > 0).filter((_, i) => outcomes[i]?.status === 'done')
          // Rebuild the expected texts from the edits reported as done.
          const expected = new Map(paragraphs.map((p) => [p.id, p.text]))
          const byPara = [...applied].sort((a, b) => b.target.start - a.target.start)
          for (const e of byPara) {
            const t = expected.get(e.target.paragraphId)!
            expected.set(e.target.paragraphId, t.slice(0, e.target.start) + e.replacement + t.slice(e.target.end))
          }
          const actual = new Map(fake.inspect().map((p) => [p.uid, p.text]))
          for (const [id, text] of expected) expect(actual.get(id)).toBe(text)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('edits by the user between check and replace', () => {
  it('property: a target is written only where its text and everything before it are unchanged', async () => {
    const word = fc.constantFrom('burger', 'hij', 'de', ' ', '.', 'x')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join('')), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(8)), { maxLength: 5 }),
        fc.tuple(fc.nat(), fc.nat(), fc.nat(3), fc.constantFrom('', 'y', 'de ', 'burger')),
        async (texts, picks, [ui, us, ulen, utext]) => {
          const { fake, host } = setup({ body: texts })
          const paragraphs = await host.readDocument()
          if (paragraphs.length === 0) return
          const edits = picks
            .map(([pi, s, len]) => {
              const p = paragraphs[pi % paragraphs.length]!
              const start = s % p.text.length
              const end = Math.min(p.text.length, start + 1 + len)
              return { target: { paragraphId: p.id, start, end, expected: p.text.slice(start, end) }, replacement: 'Q' }
            })
          // The user edits one paragraph after the check.
          const edited = paragraphs[ui % paragraphs.length]!
          const at = us % (edited.text.length + 1)
          const cut = Math.min(edited.text.length, at + ulen)
          fake.edit(edited.id, at, cut, utext)
          const afterUser = new Map(fake.inspect().map((p) => [p.uid, p.text]))

          const outcomes = await host.replace(edits)
          const done = edits.filter((_, i) => outcomes[i]?.status === 'done')
          for (const e of done) {
            const before = paragraphs.find((p) => p.id === e.target.paragraphId)!.text
            const now = afterUser.get(e.target.paragraphId)!
            // Only where the user's edit left the target and all text before it alone.
            expect(now.slice(0, e.target.end)).toBe(before.slice(0, e.target.end))
          }
          const expected = new Map(afterUser)
          for (const e of [...done].sort((a, b) => b.target.start - a.target.start)) {
            const t = expected.get(e.target.paragraphId)!
            expected.set(e.target.paragraphId, t.slice(0, e.target.start) + e.replacement + t.slice(e.target.end))
          }
          for (const [id, text] of expected) expect(fake.inspect().find((p) => p.uid === id)?.text).toBe(text)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('runs one document operation at a time, so a second write sees the first', async () => {
    const { fake, host } = setup({ body: ['De burger.'] })
    const [p] = await host.readDocument()
    const t = target(p!, 'burger')
    const [a, b] = await Promise.all([host.replace([{ target: t, replacement: 'inwoner' }]), host.replace([{ target: t, replacement: 'bewoner' }])])
    expect([a, b]).toEqual([[{ status: 'done' }], [{ status: 'stale' }]])
    expect(fake.bodyTexts()).toEqual(['De inwoner.'])
  })
})

describe('comments, selection, marks', () => {
  it('adds a comment on the target (1.4) and fails clearly on 1.3', async () => {
    const { fake, host } = setup({ body: ['De burger.'] })
    const [p] = await host.readDocument()
    expect(await host.addComment(target(p!, 'burger'), 'Overweeg: inwoner')).toEqual({ status: 'done' })
    expect(fake.doc.comments.map((c) => [c.text, c.range.text])).toEqual([['Overweeg: inwoner', 'burger']])

    const old = setup({ body: ['De burger.'] }, { wordApi: '1.3' })
    const [q] = await old.host.readDocument()
    expect(await old.host.addComment(target(q!, 'burger'), 'x')).toEqual({ status: 'failed', message: MESSAGES.commentsUnsupported })
  })

  it('selects the target', async () => {
    const { fake, host } = setup({ body: ['Een burger, nog een burger.'] })
    const [p] = await host.readDocument()
    expect(await host.select(target(p!, 'burger', 1))).toEqual({ status: 'done' })
    expect(fake.runtime.selection?.start).toBe(20)
    expect(fake.selectionText()).toBe('burger')
  })

  it('marks with critique annotations carrying the manifest popup ids, and clears them', async () => {
    const { fake, host } = setup({ body: ['De burger.'] })
    const [p] = await host.readDocument()
    await host.mark([{ target: target(p!, 'burger'), suggestions: ['inwoner'] }])
    const [annotation] = [...fake.doc.annotations.values()]
    expect(annotation?.range.text).toBe('burger')
    expect(annotation?.popupOptions).toEqual({
      brandingTextResourceId: 'WW.Critique.Branding',
      titleResourceId: 'WW.Critique.Title',
      subtitleResourceId: 'WW.Critique.Subtitle',
      suggestions: ['inwoner'],
    })
    expect(fake.bodyTexts()).toEqual(['De burger.'])
    await host.clearMarks()
    expect(fake.doc.annotations.size).toBe(0)
  })

  it('replaces through the annotation range, and falls back to search when the annotation is gone', async () => {
    const { fake, host } = setup({ body: ['De burger en de burger.'] })
    const [p] = await host.readDocument()
    const second = target(p!, 'burger', 1)
    await host.mark([{ target: second, suggestions: ['inwoner'] }])
    fake.doc.annotations.clear()
    expect(await host.replace([{ target: second, replacement: 'inwoner' }])).toEqual([{ status: 'done' }])
    expect(fake.bodyTexts()).toEqual(['De burger en de inwoner.'])
  })

  it('falls back to temporary highlights when annotations fail (perpetual licence)', async () => {
    const { fake, host } = setup({ body: ['De burger.'] }, { annotations: 'throw' })
    const [p] = await host.readDocument()
    await host.mark([{ target: target(p!, 'burger'), suggestions: ['inwoner'] }])
    expect(fake.doc.annotations.size).toBe(0)
    expect(fake.doc.highlights.map((h) => h.range.text)).toEqual(['burger'])
    expect((await host.capabilities()).annotations).toBe(false)
    expect(fake.inspect()[0]?.runs.every((r) => r.highlightColor === undefined)).toBe(true)
    await host.clearMarks()
    expect(fake.doc.highlights).toHaveLength(0)
    expect(await host.replace([{ target: target(p!, 'burger'), replacement: 'inwoner' }])).toEqual([{ status: 'done' }])
  })

  it('falls back to search when reading the annotation range fails at replace time', async () => {
    const { fake, host } = setup({ body: ['De burger en de burger.'] })
    const [p] = await host.readDocument()
    const first = target(p!, 'burger', 0)
    await host.mark([{ target: first, suggestions: ['inwoner'] }])
    fake.inject({ api: 'Document.getAnnotationById', code: 'GeneralException' })
    expect(await host.replace([{ target: first, replacement: 'inwoner' }])).toEqual([{ status: 'done' }])
    expect(fake.bodyTexts()).toEqual(['De inwoner en de burger.'])
  })

  it('does not put critiques on footnote text', async () => {
    const { fake, host } = setup({ body: [['Tekst', { footnote: ' De burger.' }]] })
    const paragraphs = await host.readDocument()
    const note = paragraphs.find((p) => p.part === 'footnote')!
    await host.mark([{ target: target(note, 'burger'), suggestions: [] }])
    expect(fake.doc.annotations.size).toBe(0)
    expect(fake.doc.highlights.map((h) => h.range.text)).toEqual(['burger'])
  })

  it('can turn inline marks off', async () => {
    const { fake, host } = setup({ body: ['De burger.'] })
    const [p] = await host.readDocument()
    host.setInlineMarks(false)
    await host.mark([{ target: target(p!, 'burger'), suggestions: [] }])
    expect(fake.doc.annotations.size + fake.doc.highlights.length).toBe(0)
  })
})

describe('settings and events', () => {
  it('stores document settings with saveAsync', async () => {
    const { fake, host } = setup({ body: ['x'] })
    expect(await host.getDocumentSetting('ww.off')).toBeUndefined()
    await host.setDocumentSetting('ww.off', ['rule-a'])
    expect(await host.getDocumentSetting<string[]>('ww.off')).toEqual(['rule-a'])
    expect(fake.settings.saved.get('ww.off')).toEqual(['rule-a'])
  })

  it('reports added and deleted paragraphs, and a write to a deleted one is stale', async () => {
    const { fake, host } = setup({ body: ['Een burger.', 'Twee.'] })
    const paragraphs = await host.readDocument()
    const seen: string[][] = []
    await host.onParagraphsChanged((ids) => seen.push([...ids]))
    const added = fake.insertParagraph(1, 'Nieuw.')
    fake.deleteParagraph(0)
    await new Promise((r) => setTimeout(r, 10))
    expect(seen).toEqual([[added.uid], [paragraphs[0]!.id]])
    expect(await host.replace([{ target: target(paragraphs[0]!, 'burger'), replacement: 'inwoner' }])).toEqual([{ status: 'stale' }])
    expect(fake.bodyTexts()).toEqual(['Nieuw.', 'Twee.'])
  })

  it('reports user edits by paragraph id and filters its own writes', async () => {
    const { fake, host } = setup({ body: ['De burger.', 'Tweede.'] })
    const paragraphs = await host.readDocument()
    const seen: string[][] = []
    const unsubscribe = await host.onParagraphsChanged((ids) => seen.push([...ids]))
    await host.replace([{ target: target(paragraphs[0]!, 'burger'), replacement: 'inwoner' }])
    fake.edit(1, 0, 6, 'Derde')
    await new Promise((r) => setTimeout(r, 10))
    expect(seen).toEqual([[paragraphs[1]!.id]])
    await unsubscribe()
    fake.edit(1, 0, 5, 'Vierde')
    await new Promise((r) => setTimeout(r, 10))
    expect(seen).toHaveLength(1)
  })
})
