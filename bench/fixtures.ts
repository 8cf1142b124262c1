import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CompiledLexicon, LoadedEntry } from '../src/core/index.js'
import { engine } from './engine.js'

const { compileLexicon, loadLexicon } = engine

const ROOT = join(import.meta.dirname, '..')

/** Realistic Dutch letter and policy prose: the examples and the test corpus, markup removed. */
function sourceProse(): string {
  const texts: string[] = []
  for (const name of readdirSync(join(ROOT, 'examples'))) {
    if (/\.(txt|md)$/.test(name)) texts.push(readFileSync(join(ROOT, 'examples', name), 'utf8'))
  }
  const corpus = join(ROOT, 'test', 'corpus')
  for (const directory of readdirSync(corpus)) {
    for (const name of readdirSync(join(corpus, directory))) {
      if (name.endsWith('.txt')) texts.push(readFileSync(join(corpus, directory, name), 'utf8').replace(/\[\[([^|\]]+)\|[^\]]+\]\]/g, '$1'))
    }
  }
  return texts.join('\n\n')
}

/** About `megabytes` of text (UTF-16 code units / 1e6), whole paragraphs repeated. */
export function buildText(megabytes: number): string {
  const prose = sourceProse()
  const target = Math.round(megabytes * 1e6)
  const parts: string[] = []
  let length = 0
  while (length < target) {
    parts.push(prose)
    length += prose.length + 2
  }
  return parts.join('\n\n').slice(0, target)
}

function builtInEntries(): LoadedEntry[] {
  const directory = join(ROOT, 'lexicon')
  const sources = readdirSync(directory)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(directory, name), 'utf8') }))
  return loadLexicon(sources)
}

/** Letters-only pseudo words that never occur in Dutch text, to grow a lexicon. */
function fillerTerm(index: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz'
  let word = 'qu'
  for (let rest = index + 1; rest > 0; rest = Math.floor(rest / letters.length)) word += letters[rest % letters.length] + 'o'
  return word + 'x'
}

/**
 * The built-in lexicon cut or padded to `entries` entries (0: as it is).
 * Padding entries have terms that never match: they measure lookup cost only.
 */
export function buildLexicon(entries: number): { compiled: CompiledLexicon; entries: number } {
  let list = builtInEntries()
  if (entries > 0 && entries < list.length) list = list.slice(0, entries)
  const template = list[0]!
  for (let index = list.length; index < entries; index++) {
    list.push({
      ...template,
      entry: { ...template.entry, id: `opvulling-${index}`, terms: [fillerTerm(index)], forms: undefined, context: undefined, compounds: undefined },
    })
  }
  return { compiled: compileLexicon(list), entries: list.length }
}

interface TrieNode {
  end: boolean
  children: Map<string, TrieNode>
}

function escapeChar(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? '\\' + char : char === ' ' ? '\\s+' : char
}

/** A regular expression source for a trie: common prefixes written once. */
function trieSource(node: TrieNode): string {
  const branches = [...node.children].map(([char, child]) => escapeChar(char) + trieSource(child))
  if (branches.length === 0) return ''
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
  return node.end ? `(?:${body})?` : body
}

/**
 * The raw single-pass baseline: one combined RegExp over every surface form,
 * with Unicode-correct word boundaries (ASCII \b is wrong around é and ë).
 * The forms are folded into a trie first: a flat alternation of thousands of
 * forms is too large for V8 to compile to machine code and runs interpreted,
 * which would make the baseline unfairly slow.
 */
export function baselinePattern(lexicon: CompiledLexicon): RegExp {
  const root: TrieNode = { end: false, children: new Map() }
  for (const phrase of lexicon.phrases) {
    let node = root
    for (const char of phrase.tokens.join(' ')) {
      let child = node.children.get(char)
      if (!child) {
        child = { end: false, children: new Map() }
        node.children.set(char, child)
      }
      node = child
    }
    node.end = true
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${trieSource(root)}(?![\\p{L}\\p{N}])`, 'giu')
}
