import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LexiconSource } from '../core/index.js'
import { InputError } from './input-error.js'

/** `lexicon/` of this package, both from `src/cli` (tsx) and `build/cli`. */
const PACKAGE_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicon')

/**
 * The built-in lexicon folder. WOORDWIJS_LEXICON_DIR replaces it, for an
 * organisation that maintains its own full list (and for stable tests).
 */
export function builtInLexiconDir(): string {
  const override = process.env.WOORDWIJS_LEXICON_DIR
  return override ? resolve(override) : PACKAGE_LEXICON_DIR
}

/** A path as a maintainer wants to see it: relative to where they stand. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path)
  return shown.startsWith('..') || shown === '' ? path : shown
}

export function readLexiconSource(path: string): LexiconSource {
  try {
    return { path: displayPath(path), text: readFileSync(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(path, code === 'ENOENT' ? 'woordenlijst niet gevonden' : 'woordenlijst kan niet worden gelezen')
  }
}

export function builtInLexiconFiles(): string[] {
  const directory = builtInLexiconDir()
  let names: string[]
  try {
    names = readdirSync(directory)
  } catch {
    throw new InputError(directory, 'de map met de woordenlijst bestaat niet of kan niet worden gelezen')
  }
  return names
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort()
    .map((name) => join(directory, name))
}

export function builtInLexiconSources(): LexiconSource[] {
  return builtInLexiconFiles().map(readLexiconSource)
}

/** True when `path` is one of the built-in lexicon files. */
export function isBuiltInLexiconFile(path: string): boolean {
  return resolve(dirname(path)) === builtInLexiconDir()
}
