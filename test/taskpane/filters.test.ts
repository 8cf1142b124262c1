import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FILTERS,
  filtersActive,
  loadFilters,
  passesFilters,
  saveFilters,
  toggleCategory,
} from '../../src/taskpane/model/filters.js'
import { MemoryStore } from '../../src/taskpane/model/storage.js'

describe('filter preferences', () => {
  it('start with everything visible in document order', () => {
    expect(loadFilters(new MemoryStore())).toEqual(DEFAULT_FILTERS)
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false)
  })

  it('survive a save and load, as they do across Word sessions', () => {
    const store = new MemoryStore()
    const prefs = { hiddenCategories: ['klare-taal' as const], minSeverity: 'reconsider' as const, view: 'factor' as const }
    saveFilters(store, prefs)
    expect(loadFilters(store)).toEqual(prefs)
  })

  it('ignore stored values they do not know instead of failing', () => {
    const store = new MemoryStore()
    store.set('woordwijs.filters.v1', JSON.stringify({ hiddenCategories: ['gender', 'bestaat-niet', 3], minSeverity: 'ernstig', view: 'x' }))
    expect(loadFilters(store)).toEqual({ hiddenCategories: ['gender'], minSeverity: 'hint', view: 'document' })
    store.set('woordwijs.filters.v1', '{kapot')
    expect(loadFilters(store)).toEqual(DEFAULT_FILTERS)
  })

  it('toggle a factor and keep the vlechtwerk order', () => {
    let prefs = toggleCategory(DEFAULT_FILTERS, 'klare-taal', false)
    prefs = toggleCategory(prefs, 'gezondheid', false)
    expect(prefs.hiddenCategories).toEqual(['gezondheid', 'klare-taal'])
    expect(toggleCategory(prefs, 'klare-taal', true).hiddenCategories).toEqual(['gezondheid'])
    expect(filtersActive(prefs)).toBe(true)
  })

  it('let a finding through only when its factor is shown and it is serious enough', () => {
    const prefs = { hiddenCategories: ['klare-taal' as const], minSeverity: 'reconsider' as const, view: 'document' as const }
    expect(passesFilters({ category: 'herkomst', severity: 'avoid' }, prefs)).toBe(true)
    expect(passesFilters({ category: 'herkomst', severity: 'reconsider' }, prefs)).toBe(true)
    expect(passesFilters({ category: 'herkomst', severity: 'hint' }, prefs)).toBe(false)
    expect(passesFilters({ category: 'klare-taal', severity: 'avoid' }, prefs)).toBe(false)
  })
})
