import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkText } from '../../src/core/chunk.js'
import { parseDutchChunked } from '../../src/core/parse.js'
import { ParseDutch } from 'parse-dutch'
import { toString } from 'nlcst-to-string'

describe('chunkText', () => {
  it('splits at blank lines and keeps every character', () => {
    const text = 'Een.\n\nTwee.\n \nDrie.'
    const chunks = chunkText(text)
    expect(chunks.map((chunk) => chunk.text)).toEqual(['Een.\n\n', 'Twee.\n \n', 'Drie.'])
    expect(chunks.map((chunk) => chunk.offset)).toEqual([0, 6, 14])
  })

  it('keeps chunks small even without blank lines, line breaks or spaces', () => {
    for (const text of ['a b c. '.repeat(5000), 'x'.repeat(50_000), 'regel\n'.repeat(5000), '😀'.repeat(20_000)]) {
      const chunks = chunkText(text, 1000)
      expect(chunks.map((chunk) => chunk.text).join('')).toBe(text)
      for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(1000)
    }
  })

  it('never cuts a surrogate pair', () => {
    const chunks = chunkText('😀'.repeat(3000), 999)
    for (const chunk of chunks) expect(chunk.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
  })

  it('is lossless for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, max) => {
        const chunks = chunkText(text, max)
        expect(chunks.map((chunk) => chunk.text).join('')).toBe(text)
        let offset = 0
        for (const chunk of chunks) {
          expect(chunk.offset).toBe(offset)
          offset += chunk.text.length
        }
      }),
    )
  })
})

describe('parseDutchChunked', () => {
  it('gives the same words at the same positions as a whole-document parse', () => {
    const text = 'Geachte heer,\n\nDat weet ik al. Morgen komt hij.\nTot ziens!\n\n\nMet groet,\nAnna'
    const whole = new ParseDutch().parse(text)
    const chunked = parseDutchChunked(text)
    expect(toString(chunked)).toBe(text)
    const words = (tree: typeof whole): string[] => {
      const out: string[] = []
      const visit = (node: { type: string; position?: { start: { offset?: number; line: number; column: number } }; children?: unknown[] }): void => {
        if (node.type === 'WordNode') out.push(`${node.position!.start.offset}:${node.position!.start.line}:${node.position!.start.column}`)
        for (const child of (node.children ?? []) as (typeof node)[]) visit(child)
      }
      visit(tree as never)
      return out
    }
    expect(words(chunked)).toEqual(words(whole))
  })
})
