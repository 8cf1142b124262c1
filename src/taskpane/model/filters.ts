/**
 * What the user chose to see: factors on or off, a minimum severity and the
 * list layout. Stored per user, so the choice survives closing Word.
 */
import { CATEGORY_IDS, isCategoryId, isSeverity, meetsSeverity, type CategoryId, type Severity } from '../../core/categories.js'
import { readJson, type KeyValueStore } from './storage.js'

export type ListView = 'document' | 'factor'

export interface FilterPrefs {
  readonly hiddenCategories: readonly CategoryId[]
  readonly minSeverity: Severity
  readonly view: ListView
}

export const DEFAULT_FILTERS: FilterPrefs = { hiddenCategories: [], minSeverity: 'hint', view: 'document' }

const KEY = 'woordwijs.filters.v1'

export function loadFilters(store: KeyValueStore): FilterPrefs {
  const data = readJson(store, KEY)
  if (data === null || typeof data !== 'object') return DEFAULT_FILTERS
  const record = data as Record<string, unknown>
  const hidden = Array.isArray(record.hiddenCategories)
    ? record.hiddenCategories.filter((value): value is CategoryId => typeof value === 'string' && isCategoryId(value))
    : []
  const minSeverity =
    typeof record.minSeverity === 'string' && isSeverity(record.minSeverity) ? record.minSeverity : DEFAULT_FILTERS.minSeverity
  const view: ListView = record.view === 'factor' ? 'factor' : 'document'
  return { hiddenCategories: [...new Set(hidden)], minSeverity, view }
}

export function saveFilters(store: KeyValueStore, prefs: FilterPrefs): void {
  store.set(KEY, JSON.stringify(prefs))
}

export function toggleCategory(prefs: FilterPrefs, category: CategoryId, visible: boolean): FilterPrefs {
  const hidden = new Set(prefs.hiddenCategories)
  if (visible) hidden.delete(category)
  else hidden.add(category)
  // Keep the vlechtwerk order so the stored value is stable.
  return { ...prefs, hiddenCategories: CATEGORY_IDS.filter((id) => hidden.has(id)) }
}

export function passesFilters(item: { readonly category: CategoryId; readonly severity: Severity }, prefs: FilterPrefs): boolean {
  return !prefs.hiddenCategories.includes(item.category) && meetsSeverity(item.severity, prefs.minSeverity)
}

export function filtersActive(prefs: FilterPrefs): boolean {
  return prefs.hiddenCategories.length > 0 || prefs.minSeverity !== 'hint'
}
