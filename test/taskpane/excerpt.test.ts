import { describe, expect, it } from 'vitest'
import { excerpt, opening } from '../../src/taskpane/model/excerpt.js'

function around(text: string, word: string) {
  const start = text.indexOf(word)
  return excerpt(text, start, start + word.length)
}

describe('excerpt', () => {
  it('shows the whole sentence around the words, not its neighbours', () => {
    const text = 'Dit is de eerste zin. In deze wijk wonen veel allochtonen en ouderen. Dit is de laatste zin.'
    expect(around(text, 'allochtonen')).toEqual({ before: 'In deze wijk wonen veel ', match: 'allochtonen', after: ' en ouderen.' })
  })

  it('works at the very start and end of a paragraph', () => {
    expect(around('Middels een brief.', 'Middels')).toEqual({ before: '', match: 'Middels', after: ' een brief.' })
    expect(around('Wij schrijven middels', 'middels')).toEqual({ before: 'Wij schrijven ', match: 'middels', after: '' })
  })

  it('clips a long sentence at word boundaries and says so', () => {
    const long = `${'heel '.repeat(40)}middels ${'lang '.repeat(40)}.`
    const result = around(long, 'middels')
    expect(result.match).toBe('middels')
    expect(result.before.startsWith('…')).toBe(true)
    expect(result.after.endsWith('…')).toBe(true)
    expect(result.before.length).toBeLessThanOrEqual(91)
    expect(result.before).toMatch(/^…heel /)
  })
})

describe('the opening of a long sentence', () => {
  it('keeps a short sentence whole and cuts a long one after a word, on one line', () => {
    expect(opening('Een korte zin.')).toBe('Een korte zin.')
    const cut = opening('Wij laten u hierbij weten dat uw aanvraag\nvoor een vergunning voor het plaatsen van een dakkapel is ontvangen.', 40)
    expect(cut).toBe('Wij laten u hierbij weten dat uw…')
  })
})
