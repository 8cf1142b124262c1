import { describe, expect, it } from 'vitest'
import { inflectWord } from '../../src/core/inflect.js'

const forms = (word: string): string[] => inflectWord(word).map((form) => form.text)

describe('inflectWord', () => {
  it('undoubles a long vowel before -en and -e', () => {
    expect(forms('allochtoon')).toEqual(expect.arrayContaining(['allochtonen', 'allochtone', 'allochtoontje']))
  })

  it('voices a final f or s', () => {
    expect(forms('doof')).toEqual(expect.arrayContaining(['dove', 'doven']))
    expect(forms('reus')).toEqual(expect.arrayContaining(['reuzen']))
  })

  it('doubles a consonant after a short vowel', () => {
    expect(forms('kat')).toEqual(expect.arrayContaining(['katten', 'katje']))
  })

  it("gives -'s after a vowel and -n/-s after -e", () => {
    expect(forms('homo')).toEqual(expect.arrayContaining(["homo's", 'homootje']))
    expect(forms('bejaarde')).toEqual(expect.arrayContaining(['bejaarden']))
  })

  it('does not add -en after an unstressed -er (which would make other words)', () => {
    expect(forms('neger')).not.toContain('negeren')
    expect(forms('neger')).toContain('negers')
  })

  it('marks plurals, so suggestions can take the plural form', () => {
    const kinds = new Map(inflectWord('allochtoon').map((form) => [form.text, form.kind]))
    expect(kinds.get('allochtoon')).toBe('base')
    expect(kinds.get('allochtonen')).toBe('plural')
    expect(kinds.get('allochtoontjes')).toBe('plural')
    expect(kinds.get('allochtone')).toBe('adjective')
  })

  it('leaves words that do not end in a letter alone', () => {
    expect(forms('65+')).toEqual(['65+'])
  })
})

describe('inflectWord with a stressed long vowel before -el, -en, -er', () => {
  it('treats "eel", "een" and "eer" as stressed endings that take -en and -e', () => {
    expect(forms('bicultureel')).toEqual(expect.arrayContaining(['biculturele']))
    expect(forms('heer')).toEqual(expect.arrayContaining(['heren']))
    expect(forms('fenomeen')).toEqual(expect.arrayContaining(['fenomenen']))
    expect(forms('werker')).toEqual(expect.arrayContaining(['werkers']))
  })
})

describe('adjectiveForm', () => {
  it('gives the one attributive form', async () => {
    const { adjectiveForm } = await import('../../src/core/inflect.js')
    expect(['wit', 'groot', 'doof', 'eerlijk', 'heldhaftig', 'logisch', 'oude', 'zwart'].map(adjectiveForm)).toEqual([
      'witte', 'grote', 'dove', 'eerlijke', 'heldhaftige', 'logische', 'oude', 'zwarte',
    ])
  })
})
