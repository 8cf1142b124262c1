/**
 * The three ways to dismiss a finding, each with its own reach:
 * - an occurrence, for this session only;
 * - a rule in this document, stored in the document so colleagues see the same;
 * - a rule for this user everywhere ("Altijd toestaan"), stored per user.
 */
import type { DocumentHost } from '../../word/host.js'
import { readJson, type KeyValueStore } from './storage.js'

/** A rule the user always allows, with the word they saw, for the undo list. */
export interface AllowedRule {
  readonly ruleId: string
  readonly word: string
}

const ALLOWED_KEY = 'woordwijs.allowed.v1'
/** Document setting; an array of rule ids. Part of the document format: never rename. */
export const DOCUMENT_IGNORE_SETTING = 'woordwijs.ignoredRules'

export function loadAllowed(store: KeyValueStore): AllowedRule[] {
  const data = readJson(store, ALLOWED_KEY)
  if (!Array.isArray(data)) return []
  const seen = new Set<string>()
  const result: AllowedRule[] = []
  for (const item of data) {
    if (item === null || typeof item !== 'object') continue
    const { ruleId, word } = item as Record<string, unknown>
    if (typeof ruleId !== 'string' || seen.has(ruleId)) continue
    seen.add(ruleId)
    result.push({ ruleId, word: typeof word === 'string' ? word : ruleId })
  }
  return result
}

export function saveAllowed(store: KeyValueStore, allowed: readonly AllowedRule[]): void {
  store.set(ALLOWED_KEY, JSON.stringify(allowed))
}

export function addAllowed(allowed: readonly AllowedRule[], rule: AllowedRule): AllowedRule[] {
  return allowed.some((item) => item.ruleId === rule.ruleId) ? [...allowed] : [...allowed, rule]
}

export function removeAllowed(allowed: readonly AllowedRule[], ruleId: string): AllowedRule[] {
  return allowed.filter((item) => item.ruleId !== ruleId)
}

/** Rule ids ignored in the open document; unreadable settings count as none. */
export async function loadDocumentIgnores(host: DocumentHost): Promise<string[]> {
  const value = await host.getDocumentSetting<unknown>(DOCUMENT_IGNORE_SETTING)
  if (!Array.isArray(value)) return []
  return [...new Set(value.filter((item): item is string => typeof item === 'string'))]
}

export async function saveDocumentIgnores(host: DocumentHost, ruleIds: readonly string[]): Promise<void> {
  await host.setDocumentSetting(DOCUMENT_IGNORE_SETTING, [...new Set(ruleIds)].sort())
}

/**
 * Identifies one occurrence across edits elsewhere in its paragraph: the n-th
 * time this rule matched this text in this paragraph, not its offset.
 */
export function occurrenceKey(paragraphId: string, ruleId: string, text: string, nth: number): string {
  return JSON.stringify([paragraphId, ruleId, text.toLowerCase(), nth])
}
