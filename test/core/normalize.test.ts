import { describe, expect, it } from 'vitest'
import { joinHyphens, normalizeToken } from '../../src/core/normalize.js'

describe('normalizeToken', () => {
  it('lower-cases and drops diacritics', () => {
    expect(normalizeToken('Patiënt')).toBe('patient')
    expect(normalizeToken('CAFÉ')).toBe('cafe')
    expect(normalizeToken('e\u0301e\u0301n')).toBe('een')
  })

  it('unifies apostrophes and hyphens', () => {
    expect(normalizeToken('homo’s')).toBe("homo's")
    expect(normalizeToken('homo‘s')).toBe("homo's")
    expect(normalizeToken('niet‑westers')).toBe('niet-westers')
  })

  it('removes invisible characters that Word documents carry', () => {
    expect(normalizeToken('allo\u00adchtoon')).toBe('allochtoon')
    expect(normalizeToken('allo\u200bchtoon')).toBe('allochtoon')
  })

  it('joins hyphenated compounds for compound matching', () => {
    expect(joinHyphens('zorg-verzekeraar')).toBe('zorgverzekeraar')
    expect(joinHyphens('zorg')).toBe('zorg')
  })
})
