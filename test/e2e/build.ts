/**
 * Build dist/ for the browser tests when it is missing or older than its
 * sources, so a test run always exercises the current code.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const DIST = join(ROOT, 'dist')

const INPUTS = ['src', 'lexicon', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json']

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

/** The build's own stamp: preview.html is written last-ish and always present. */
function builtAt(): number {
  const stamp = join(DIST, 'preview.html')
  return existsSync(stamp) ? statSync(stamp).mtimeMs : 0
}

const stale = (): boolean => builtAt() < Math.max(...INPUTS.map((input) => newest(join(ROOT, input))))

/** Test files run in parallel workers; one builds while the others wait for it. */
const LOCK = join(ROOT, 'node_modules', '.cache', 'woordwijs-e2e-build.lock')
const LOCK_STALE_MS = 10 * 60_000

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

export function ensureBuilt(): void {
  if (!stale()) return
  mkdirSync(join(LOCK, '..'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      // Someone else is building; a lock left by a crashed run is taken over after a while.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true })
      sleep(500)
      if (!existsSync(LOCK) && !stale()) return
    }
  }
  try {
    if (!stale()) return
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' },
    })
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}
