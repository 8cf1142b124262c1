import { describe, expect, it } from 'vitest'
import {
  addAllowed,
  DOCUMENT_IGNORE_SETTING,
  loadAllowed,
  loadDocumentIgnores,
  occurrenceKey,
  removeAllowed,
  saveAllowed,
  saveDocumentIgnores,
} from '../../src/taskpane/model/ignore.js'
import { MemoryStore } from '../../src/taskpane/model/storage.js'
import { MemoryDocument, MemoryDocumentHost } from './memory-host.js'

describe('always-allowed rules (per user)', () => {
  it('round-trip through storage without duplicates', () => {
    const store = new MemoryStore()
    let allowed = addAllowed([], { ruleId: 'middels', word: 'middels' })
    allowed = addAllowed(allowed, { ruleId: 'middels', word: 'Middels' })
    allowed = addAllowed(allowed, { ruleId: 'thans', word: 'thans' })
    saveAllowed(store, allowed)
    expect(loadAllowed(store)).toEqual([
      { ruleId: 'middels', word: 'middels' },
      { ruleId: 'thans', word: 'thans' },
    ])
    expect(removeAllowed(allowed, 'middels')).toEqual([{ ruleId: 'thans', word: 'thans' }])
  })

  it('skip stored entries they cannot read', () => {
    const store = new MemoryStore()
    store.set('woordwijs.allowed.v1', JSON.stringify([{ ruleId: 'a' }, 'b', null, { ruleId: 3 }, { ruleId: 'a', word: 'x' }]))
    expect(loadAllowed(store)).toEqual([{ ruleId: 'a', word: 'a' }])
    store.set('woordwijs.allowed.v1', 'geen json')
    expect(loadAllowed(store)).toEqual([])
  })
})

describe('rules ignored in the document', () => {
  it('are stored sorted and unique in the document settings', async () => {
    const host = new MemoryDocumentHost(new MemoryDocument(['tekst']))
    await saveDocumentIgnores(host, ['thans', 'allochtoon', 'thans'])
    expect(await host.getDocumentSetting(DOCUMENT_IGNORE_SETTING)).toEqual(['allochtoon', 'thans'])
    expect(await loadDocumentIgnores(host)).toEqual(['allochtoon', 'thans'])
  })

  it('read a missing or foreign setting as none', async () => {
    const host = new MemoryDocumentHost(new MemoryDocument(['tekst']))
    expect(await loadDocumentIgnores(host)).toEqual([])
    await host.setDocumentSetting(DOCUMENT_IGNORE_SETTING, { niet: 'een lijst' })
    expect(await loadDocumentIgnores(host)).toEqual([])
    await host.setDocumentSetting(DOCUMENT_IGNORE_SETTING, ['thans', 4, null])
    expect(await loadDocumentIgnores(host)).toEqual(['thans'])
  })
})

describe('occurrence keys', () => {
  it('ignore case and offsets, but not the paragraph, the rule or which occurrence', () => {
    expect(occurrenceKey('p1', 'middels', 'Middels', 0)).toBe(occurrenceKey('p1', 'middels', 'middels', 0))
    expect(occurrenceKey('p1', 'middels', 'middels', 0)).not.toBe(occurrenceKey('p1', 'middels', 'middels', 1))
    expect(occurrenceKey('p1', 'middels', 'middels', 0)).not.toBe(occurrenceKey('p2', 'middels', 'middels', 0))
  })
})
