import { describe, expect, it } from 'vitest'
import type { RequestContextApi, WordApi } from '../../src/word/api.js'
import { createFakeWord, FOOTNOTE_MARK, type FakeDocumentSpec, type FakeWordOptions } from '../../src/word/fake/index.js'

function fake(spec: FakeDocumentSpec = { body: ['De burger leest.', 'Tweede alinea.'] }, options: FakeWordOptions = {}) {
  return createFakeWord(spec, options)
}

async function run<T>(word: WordApi, batch: (context: RequestContextApi) => Promise<T>): Promise<T> {
  return word.run(batch)
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as { code: string }).code
  }
  return 'no error'
}

describe('load/sync discipline', () => {
  it('throws PropertyNotLoaded until load + sync, then shows a snapshot', async () => {
    const f = fake()
    await run(f.Word, async (context) => {
      const paragraphs = context.document.body.paragraphs
      expect(() => paragraphs.items).toThrow(/not available/)
      paragraphs.load('items/text')
      expect(() => paragraphs.items).toThrow(/not available/)
      await context.sync()
      const first = paragraphs.items[0]!
      expect(first.text).toBe('De burger leest.')
      expect(() => first.uniqueLocalId).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }))
      f.edit(0, 0, 2, 'Elke')
      expect(first.text).toBe('De burger leest.')
      first.load('text')
      await context.sync()
      expect(first.text).toBe('Elke burger leest.')
    })
    expect(f.stats.syncs).toBe(2)
    expect(f.stats.runs).toBe(1)
  })

  it('supports top/skip on collections', async () => {
    const f = fake({ body: ['a', 'b', 'c', 'd', 'e'] })
    await run(f.Word, async (context) => {
      const paragraphs = context.document.body.paragraphs.load({ select: 'text', top: 2, skip: 1 })
      await context.sync()
      expect(paragraphs.items.map((p) => p.text)).toEqual(['b', 'c'])
    })
  })

  it('flushes queued actions when Word.run ends, and counts that sync', async () => {
    const f = fake()
    await run(f.Word, async (context) => {
      context.document.body.paragraphs.load('items')
      context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid).getRange('Whole').insertText('!', 'End')
    })
    expect(f.bodyTexts()[0]).toBe('De burger leest.!')
    expect(f.stats.syncs).toBe(1)
  })

  it('stops a batch at the failing action and keeps the actions before it', async () => {
    const f = fake()
    const result = code(
      run(f.Word, async (context) => {
        const [a, b] = [0, 1].map((i) => context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[i]!.uid))
        a!.getRange('Start').insertText('1 ', 'Replace')
        b!.search('x'.repeat(256))
        b!.getRange('Start').insertText('2 ', 'Replace')
        await context.sync()
      }),
    )
    expect(await result).toBe('InvalidArgument')
    expect(f.bodyTexts()).toEqual(['1 De burger leest.', 'Tweede alinea.'])
  })

  it('gates APIs by requirement set', async () => {
    const f = fake(undefined, { wordApi: '1.3' })
    expect(f.Office.context.requirements.isSetSupported('WordApi', '1.3')).toBe(true)
    expect(f.Office.context.requirements.isSetSupported('WordApi', '1.4')).toBe(false)
    const failure = code(
      run(f.Word, async (context) => {
        context.document.body.paragraphs.load('items/uniqueLocalId')
        await context.sync()
      }),
    )
    expect(await failure).toBe('ApiNotFound')
    // Loading all scalars skips the unsupported ones instead of failing.
    await run(f.Word, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items')
      await context.sync()
      expect(paragraphs.items[0]!.text).toBe('De burger leest.')
      expect(() => paragraphs.items[0]!.uniqueLocalId).toThrow(/not available/)
    })
  })

  it('injects faults on demand', async () => {
    const f = fake()
    f.inject({ api: 'Range.insertText', code: 'AccessDenied', after: 1 })
    const failure = code(
      run(f.Word, async (context) => {
        const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
        p.getRange('End').insertText('a', 'Replace')
        p.getRange('End').insertText('b', 'Replace')
        await context.sync()
      }),
    )
    expect(await failure).toBe('AccessDenied')
    expect(f.bodyTexts()[0]).toBe('De burger leest.a')
  })
})

describe('search', () => {
  async function hits(text: string, search: string, options = {}) {
    const f = fake({ body: [text] })
    return run(f.Word, async (context) => {
      const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
      const found = p.search(search, options).load('items/text')
      await context.sync()
      return found.items.map((r) => r.text)
    })
  }

  it('matches case and whole words on request', async () => {
    expect(await hits('Hij en hij en hijzelf', 'hij')).toEqual(['Hij', 'hij', 'hij'])
    expect(await hits('Hij en hij en hijzelf', 'hij', { matchCase: true })).toEqual(['hij', 'hij'])
    expect(await hits('Hij en hij en hijzelf', 'hij', { matchCase: true, matchWholeWord: true })).toEqual(['hij'])
  })

  it('understands the special notations', async () => {
    expect(await hits('a^b', 'a^^b')).toEqual(['a^b'])
    expect(await hits('10\u00a0km', '10^skm')).toEqual(['10\u00a0km'])
    expect(await hits('be\u00adleid', 'be^-leid')).toEqual(['be\u00adleid'])
    expect(await hits('a\tb', 'a^tb')).toEqual(['a\tb'])
    expect(await hits('a\u000bb', 'a^lb')).toEqual(['a\u000bb'])
    expect(await code(hits('a', '^q'))).toBe('InvalidArgument')
  })

  it('rejects search text over 255 characters', async () => {
    expect(await hits('x'.repeat(300), 'x'.repeat(255))).toHaveLength(1)
    expect(await code(hits('x'.repeat(300), 'x'.repeat(256)))).toBe('InvalidArgument')
  })

  it('returns non-overlapping hits left to right', async () => {
    expect(await hits('aaaa', 'aa')).toEqual(['aa', 'aa'])
  })
})

describe('editing', () => {
  // Documented for Replace only; the fake gives Start/Before the range's first character's
  // format and End/After its last one's. The adapter itself only ever replaces.
  it('inserts at every location with the formatting of the range it touches', async () => {
    const f = fake({ body: [[{ text: 'Vet', bold: true }, ' en ', { text: 'schuin', italic: true }]] })
    await run(f.Word, async (context) => {
      const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
      const found = p.search('schuin').load('items')
      await context.sync()
      const range = found.items[0]!
      range.insertText('[', 'Before')
      range.insertText(']', 'After')
      range.insertText('<', 'Start')
      range.insertText('>', 'End')
      range.load('text')
      await context.sync()
      expect(range.text).toBe('<schuin>')
      range.insertText('recht', 'Replace')
      range.load('text')
      await context.sync()
      expect(range.text).toBe('recht')
    })
    expect(f.inspect()[0]?.runs).toEqual([
      { text: 'Vet', kind: 'text', bold: true },
      { text: ' en ', kind: 'text' },
      { text: '[recht]', kind: 'text', italic: true },
    ])
  })

  it('keeps footnote marks and fields outside the replaced range', async () => {
    const f = fake({ body: [['Zie', { footnote: ' noot' }, ' ', { field: '12', code: 'PAGE' }, ' hier']] })
    await run(f.Word, async (context) => {
      const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
      const found = p.search('hier').load('items')
      await context.sync()
      found.items[0]!.insertText('daar', 'Replace')
    })
    expect(f.inspect()[0]?.runs.map((r) => r.kind)).toEqual(['text', 'footnoteRef', 'text', 'field', 'text'])
    expect(f.bodyTexts()[0]).toBe(`Zie${FOOTNOTE_MARK} 12 daar`)
  })

  it('refuses edits in locked content controls', async () => {
    const f = fake({ body: [{ runs: 'Vast', locked: true }] })
    const failure = code(
      run(f.Word, async (context) => {
        context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid).getRange('Whole').insertText('Los', 'Replace')
        await context.sync()
      }),
    )
    expect(await failure).toBe('AccessDenied')
    expect(f.bodyTexts()).toEqual(['Vast'])
  })

  it('records revisions when tracking and comments on ranges', async () => {
    const f = fake({ body: ['De burger.'] }, { changeTrackingMode: 'TrackAll' })
    await run(f.Word, async (context) => {
      const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
      const found = p.search('burger').load('items')
      context.document.load('changeTrackingMode')
      await context.sync()
      expect(context.document.changeTrackingMode).toBe('TrackAll')
      found.items[0]!.insertComment('Liever: inwoner')
      found.items[0]!.insertText('inwoner', 'Replace')
    })
    expect(f.doc.revisions.map((r) => [r.type, r.text])).toEqual([
      ['Deleted', 'burger'],
      ['Inserted', 'inwoner'],
    ])
    expect(f.doc.comments.map((c) => [c.text, c.range.text])).toEqual([['Liever: inwoner', 'inwoner']])
  })
})

describe('parts of the document', () => {
  it('exposes tables, headers, footers and footnotes', async () => {
    const f = fake({ body: ['Tekst', { table: [['A', 'B']] }, ['Met', { footnote: ' noot' }]], header: ['Kop'], footer: ['Voet'] })
    const read = await run(f.Word, async (context) => {
      const body = context.document.body.paragraphs.load('items/text,items/tableNestingLevel')
      const sections = context.document.sections.load('items')
      const notes = context.document.getFootnoteBody().paragraphs.load('items/text')
      await context.sync()
      const header = sections.items[0]!.getHeader('Primary').paragraphs.load('items/text')
      const footer = sections.items[0]!.getFooter('Primary').paragraphs.load('items/text')
      const firstPage = sections.items[0]!.getHeader('FirstPage').paragraphs.load('items/text')
      await context.sync()
      return {
        body: body.items.map((p) => [p.text, p.tableNestingLevel]),
        header: header.items.map((p) => p.text),
        footer: footer.items.map((p) => p.text),
        firstPage: firstPage.items.map((p) => p.text),
        notes: notes.items.map((p) => p.text),
      }
    })
    expect(read).toEqual({
      body: [
        ['Tekst', 0],
        ['A', 1],
        ['B', 1],
        [`Met${FOOTNOTE_MARK}`, 0],
      ],
      header: ['Kop'],
      footer: ['Voet'],
      firstPage: [''],
      notes: [`${FOOTNOTE_MARK} noot`],
    })
  })

  it('throws ItemNotFound for an unknown paragraph id', async () => {
    const f = fake()
    expect(
      await code(
        run(f.Word, async (context) => {
          context.document.getParagraphByUniqueLocalId('00000000-0000-0000-0000-000000000000').load('text')
          await context.sync()
        }),
      ),
    ).toBe('ItemNotFound')
  })
})

describe('annotations, highlights, events, settings', () => {
  it('inserts critiques by offset and gives their range back', async () => {
    const f = fake()
    const ids = await run(f.Word, async (context) => {
      const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
      const result = p.insertAnnotations({ critiques: [{ start: 3, length: 6, colorScheme: 'Lavender' }] })
      expect(() => result.value).toThrow()
      await context.sync()
      return result.value
    })
    f.edit(0, 0, 0, 'Ja, ')
    await run(f.Word, async (context) => {
      const annotation = context.document.getAnnotationById(ids[0]!)
      const range = annotation.critiqueAnnotation.range.load('text')
      await context.sync()
      expect(range.text).toBe('burger')
      annotation.delete()
    })
    expect(f.doc.annotations.size).toBe(0)
    expect(f.bodyTexts()[0]).toBe('Ja, De burger leest.')
  })

  it('fails annotations with GeneralException when configured like a perpetual licence', async () => {
    const f = fake(undefined, { annotations: 'throw' })
    expect(f.Office.context.requirements.isSetSupported('WordApi', '1.7')).toBe(true)
    const failure = code(
      run(f.Word, async (context) => {
        context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid).insertAnnotations({ critiques: [] })
        await context.sync()
      }),
    )
    expect(await failure).toBe('GeneralException')
  })

  it('highlights temporarily without touching formatting', async () => {
    const f = fake()
    await run(f.Word, async (context) => {
      const p = context.document.getParagraphByUniqueLocalId(f.doc.bodyParagraphs[0]!.uid)
      const found = p.search('burger').load('items')
      await context.sync()
      found.items[0]!.highlight()
      await context.sync()
      expect(f.doc.highlights).toHaveLength(1)
      p.getRange('Whole').removeHighlight()
    })
    expect(f.doc.highlights).toHaveLength(0)
    expect(f.inspect()[0]?.runs).toEqual([{ text: 'De burger leest.', kind: 'text' }])
  })

  it('delivers paragraph events after registration at sync, until removed', async () => {
    const f = fake()
    const seen: string[][] = []
    const registration = await run(f.Word, async (context) => {
      const r = context.document.onParagraphChanged.add(async (args) => {
        seen.push(args.uniqueLocalIds)
      })
      f.edit(1, 0, 0, 'x')
      await context.sync()
      return r
    })
    await new Promise((r) => setTimeout(r, 5))
    expect(seen).toEqual([])
    f.edit(1, 0, 0, 'y')
    await new Promise((r) => setTimeout(r, 5))
    expect(seen).toEqual([[f.doc.bodyParagraphs[1]!.uid]])
    await f.Word.run(registration.context, async (context) => {
      registration.remove()
      await context.sync()
    })
    f.edit(1, 0, 0, 'z')
    await new Promise((r) => setTimeout(r, 5))
    expect(seen).toHaveLength(1)
  })

  it('keeps settings in memory until saveAsync', async () => {
    const f = fake(undefined, { settings: { a: 1 } })
    const settings = f.Office.context.document.settings
    expect(settings.get('a')).toBe(1)
    expect(settings.get('b')).toBeNull()
    settings.set('b', { x: [1] })
    expect(f.settings.saved.has('b')).toBe(false)
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()))
    expect(f.settings.saved.get('b')).toEqual({ x: [1] })
  })

  it('installs and removes the globals', () => {
    const f = fake()
    const g = globalThis as Record<string, unknown>
    const undo = f.install()
    expect(g.Word).toBe(f.Word)
    expect(g.Office).toBe(f.Office)
    undo()
    expect(g.Word).toBeUndefined()
  })
})
