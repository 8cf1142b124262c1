#!/usr/bin/env node
// Thin launcher: the CLI is compiled to build/ by `npm run build:node` (run on install).
import { main } from '../build/cli/main.js'

try {
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
} catch (error) {
  // Never a stack trace for users; WOORDWIJS_DEBUG=1 shows it for developers.
  process.stderr.write(`woordwijs: interne fout: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.WOORDWIJS_DEBUG) console.error(error)
  process.exitCode = 2
}
