import { describe, expect, it } from 'vitest'
import { retextLongWord } from '../../src/core/index.js'
import { marked } from './support.js'

describe('retextLongWord', () => {
  it('marks words of seven syllables or more', () => {
    expect(marked(retextLongWord, 'U heeft een arbeidsongeschiktheidsverzekering.')).toEqual(['arbeidsongeschiktheidsverzekering'])
    expect(marked(retextLongWord, 'De gemeenteraadsverkiezingen zijn in maart.')).toEqual(['gemeenteraadsverkiezingen'])
  })

  it('leaves ordinary long words alone', () => {
    expect(marked(retextLongWord, 'De omgevingsvergunning en de bijstandsuitkering zijn geregeld door de politieagenten.')).toEqual([])
  })

  it('takes the threshold from the options', () => {
    expect(marked(retextLongWord, 'U vraagt een omgevingsvergunning aan.', { longWordSyllables: 6 })).toEqual(['omgevingsvergunning'])
  })

  it('skips names, abbreviations, numbers and addresses', () => {
    expect(marked(retextLongWord, 'Wij spraken met Wolfgang Amadeusvanderheijdenberg.')).toEqual([])
    expect(marked(retextLongWord, 'Mail naar arbeidsongeschiktheidsverzekering@gemeente.nl vandaag.')).toEqual([])
  })
})
