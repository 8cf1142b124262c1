import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from './fixture-lexicon.js'

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'woordwijs.js')

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Run the real `woordwijs` binary (built by `npm run build:node`) as a
 * subprocess, with the stable engine-test lexicon unless told otherwise.
 */
export function runCli(args: string[], options: { cwd?: string; lexiconDir?: string | null } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  delete env.FORCE_COLOR
  if (options.lexiconDir !== null) env.WOORDWIJS_LEXICON_DIR = options.lexiconDir ?? join(FIXTURES, 'lexicon')
  else delete env.WOORDWIJS_LEXICON_DIR
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'woordwijs-test-'))
}

/** A stack trace in user-facing output is a bug. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/
