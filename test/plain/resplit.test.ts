import { toString } from 'nlcst-to-string'
import { describe, expect, it } from 'vitest'
import { parseDutchChunked, resplitParagraph } from '../../src/core/index.js'

/** The sentences of a text after the re-splitting pass, with their offsets checked against the text. */
function sentences(text: string): string[] {
  const tree = parseDutchChunked(text)
  const result: string[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    resplitParagraph(paragraph)
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const value = toString(sentence)
      expect(text.slice(sentence.position!.start.offset, sentence.position!.end.offset)).toBe(value)
      result.push(value.trim())
    }
  }
  return result
}

describe('the re-splitting pass', () => {
  it('splits where parse-dutch took an ordinary word for an abbreviation (dutch-nlp.md examples)', () => {
    // parse-dutch alone gives one sentence for each of these.
    expect(parseDutchChunked('Dat weet ik al. Morgen komt hij.').children[0]!.type).toBe('ParagraphNode')
    expect(sentences('Dat weet ik al. Morgen komt hij.')).toEqual(['Dat weet ik al.', 'Morgen komt hij.'])
    expect(sentences('Het is zo. Daarna gaan we.')).toEqual(['Het is zo.', 'Daarna gaan we.'])
    expect(sentences('Hij deed wat hij kon. Toen ging hij.')).toEqual(['Hij deed wat hij kon.', 'Toen ging hij.'])
    expect(sentences('Het is ver. Neem de bus.')).toEqual(['Het is ver.', 'Neem de bus.'])
    expect(sentences('Je bent vrij. Kom maar.')).toEqual(['Je bent vrij.', 'Kom maar.'])
    expect(sentences('Ik ga met Jan. Hij rijdt.')).toEqual(['Ik ga met Jan.', 'Hij rijdt.'])
    expect(sentences('Appels, peren enz. Daarna iets anders.')).toEqual(['Appels, peren enz.', 'Daarna iets anders.'])
    expect(sentences('Soep, brood etc. Daarna koffie.')).toEqual(['Soep, brood etc.', 'Daarna koffie.'])
    expect(sentences('Zie blz. 4. Daarna komt hij.')).toEqual(['Zie blz. 4.', 'Daarna komt hij.'])
  })

  it("splits after the particle of a separable verb, which parse-latin's Latin list takes for 'op. cit.'", () => {
    expect(sentences('Neem gerust contact met ons op. Wij helpen u graag.')).toEqual(['Neem gerust contact met ons op.', 'Wij helpen u graag.'])
    expect(sentences('Een kopie kost 50 cent. Betalen kan met de pin.')).toEqual(['Een kopie kost 50 cent.', 'Betalen kan met de pin.'])
  })

  it('turns "al." back into a word and a full stop', () => {
    const tree = parseDutchChunked('Dat weet ik al. Morgen komt hij.')
    const paragraph = tree.children[0]!
    if (paragraph.type !== 'ParagraphNode') throw new Error('no paragraph')
    resplitParagraph(paragraph)
    const first = paragraph.children[0]!
    if (first.type !== 'SentenceNode') throw new Error('no sentence')
    expect(first.children.slice(-2).map((node) => [node.type, toString(node)])).toEqual([
      ['WordNode', 'al'],
      ['PunctuationNode', '.'],
    ])
  })

  it('keeps real abbreviations inside their sentence', () => {
    expect(sentences('Wij spraken met dhr. Jansen en mevr. De Vries.')).toEqual(['Wij spraken met dhr. Jansen en mevr. De Vries.'])
    expect(sentences('Dit geldt bijv. Utrecht en o.a. Den Haag.')).toEqual(['Dit geldt bijv. Utrecht en o.a. Den Haag.'])
    expect(sentences('Lees art. 4 en nr. 12 op blz. 30 goed.')).toEqual(['Lees art. 4 en nr. 12 op blz. 30 goed.'])
    expect(sentences('Het kost max. 20 euro per dag.')).toEqual(['Het kost max. 20 euro per dag.'])
    expect(sentences('Dat weet ik al. maar toch.')).toEqual(['Dat weet ik al. maar toch.'])
  })

  it('ends list items at their line, and the line that introduces them', () => {
    expect(sentences('U heeft nodig:\n- een paspoort\n- een foto\nDaarna gaat u naar de balie.')).toEqual([
      'U heeft nodig:',
      '- een paspoort',
      '- een foto',
      'Daarna gaat u naar de balie.',
    ])
    expect(sentences('Stappen:\n1. Log in\n2. Vul het formulier in')).toEqual(['Stappen:', '1. Log in', '2. Vul het formulier in'])
  })

  it('leaves a sentence over a hard line break alone', () => {
    expect(sentences('Wij helpen kwetsbare\nmensen in de stad.')).toEqual(['Wij helpen kwetsbare\nmensen in de stad.'])
  })
})
