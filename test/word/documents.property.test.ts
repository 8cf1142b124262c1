/**
 * The document is sacred, as a property: for random documents (paragraphs of
 * formatted runs, tables, footnote marks, fields), checking with the real
 * engine and applying every suggestion changes only the findings' text, and
 * every other character keeps its text and formatting.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core/index.js'
import { inProtectedSpan, WordHost } from '../../src/word/adapter.js'
import { createFakeWord, type BlockSpec, type InspectedParagraph, type RunSpec } from '../../src/word/fake/index.js'
import { builtInLexicon } from '../support/lexicon.js'

const lexicon = builtInLexicon()

const WORDS = ['allochtonen', 'Indien', 'kwetsbare groepen', 'middels', 'gehandicapten', 'de', 'wijk', 'inwoners', 'brief', 'i.v.m.', ' ', ', ', '. ', 'Geachte heer/mevrouw']
const textRun = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), fc.constantFrom(undefined, 'FF0000'))
  .map(([words, bold, italic, color]): RunSpec => ({ text: words.join(' '), bold, italic, ...(color ? { color } : {}) }))
const run: fc.Arbitrary<RunSpec> = fc.oneof(
  { weight: 6, arbitrary: textRun },
  { weight: 1, arbitrary: fc.constant({ footnote: 'Zie de bijlage.' }) },
  { weight: 1, arbitrary: fc.constant({ field: '24 november 2026', code: 'DATE' }) },
)
const paragraph = fc.array(run, { minLength: 1, maxLength: 5 })
const block: fc.Arbitrary<BlockSpec> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }).map((table) => ({ table })) },
)

/** Each character of a paragraph with its run's kind and formatting. */
function characters(p: InspectedParagraph): string[] {
  return p.runs.flatMap((r) => [...r.text].map((char) => JSON.stringify([char, r.kind, r.bold ?? false, r.italic ?? false, r.color ?? null])))
}

describe('replacing every suggestion in a random document', () => {
  it('changes nothing outside the findings: text, footnote marks, fields and formatting survive', async () => {
    let replaced = 0
    let touchedParagraphs = 0
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 4 }), async (body) => {
        const fake = createFakeWord({ body })
        const host = new WordHost({ word: fake.Word, office: fake.Office })
        const paragraphs = await host.readDocument()
        const before = new Map(fake.inspect().map((p) => [p.uid, p]))
        const edits = paragraphs.flatMap((p) =>
          check(p.text, { lexicon })
            .filter((f) => f.suggestions.length > 0 && !inProtectedSpan(p, f.start, f.end))
            .map((f) => ({ target: { paragraphId: p.id, start: f.start, end: f.end, expected: f.text }, replacement: f.suggestions[0]! })),
        )
        const outcomes = await host.replace(edits)
        const done = edits.filter((_, index) => outcomes[index]?.status === 'done')
        expect(done.length).toBe(edits.length)
        replaced += done.length
        for (const after of fake.inspect()) {
          const original = before.get(after.uid)!
          const mine = done.filter((e) => e.target.paragraphId === after.uid).sort((a, b) => b.target.start - a.target.start)
          // Expected: the original characters with each target swapped for its replacement, which
          // takes the formatting of the first character it replaces.
          const expected = characters(original)
          for (const edit of mine) {
            const format = JSON.parse(expected[edit.target.start]!) as unknown[]
            const inserted = [...edit.replacement].map((char) => JSON.stringify([char, 'text', ...format.slice(2)]))
            // Offsets are UTF-16 and the words here are BMP text, so one character is one unit.
            expected.splice(edit.target.start, edit.target.end - edit.target.start, ...inserted)
          }
          expect(characters(after)).toEqual(expected)
          if (mine.length > 0) touchedParagraphs++
        }
      }),
      { numRuns: 40 },
    )
    // The property must have had something to do.
    expect(replaced).toBeGreaterThan(40)
    expect(touchedParagraphs).toBeGreaterThan(10)
  }, 60_000)
})
