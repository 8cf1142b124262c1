/**
 * Points the manifest at a production host: every `https://localhost:3000`
 * URL becomes the given base URL (the webpack build calls this). The result
 * is checked again, so a bad base URL cannot produce a broken manifest.
 *
 * Run: npx tsx scripts/manifest/rewrite.ts manifest.xml https://intranet.example.nl/woordwijs [out.xml]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkManifest } from './check.js'

export const DEV_BASE_URL = 'https://localhost:3000'

/** The base URL without a trailing slash; throws unless it is a plain HTTPS URL. */
export function normaliseBaseUrl(baseUrl: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new Error(`not a valid URL: ${baseUrl}`)
  }
  if (url.protocol !== 'https:') throw new Error(`the base URL must use HTTPS: ${baseUrl}`)
  if (url.search !== '' || url.hash !== '') throw new Error(`the base URL must not have a query or fragment: ${baseUrl}`)
  if (url.username !== '' || url.password !== '') throw new Error('the base URL must not contain credentials')
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/** Replace the dev base URL (with or without a path after it) by `baseUrl`. */
export function rewriteManifestUrls(xml: string, baseUrl: string, from: string = DEV_BASE_URL): string {
  const target = normaliseBaseUrl(baseUrl)
  const source = from.replace(/\/+$/, '')
  const pattern = new RegExp(`${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/"<\\s]|$)`, 'g')
  return xml.replace(pattern, target)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, baseUrl, output] = process.argv.slice(2)
  if (input === undefined || baseUrl === undefined) {
    console.error('usage: rewrite.ts <manifest.xml> <https://base-url> [out.xml]')
    process.exit(2)
  }
  const rewritten = rewriteManifestUrls(readFileSync(input, 'utf8'), baseUrl)
  const problems = checkManifest(rewritten, { baseUrl: normaliseBaseUrl(baseUrl) })
  for (const p of problems) console.error(`${p.path}: ${p.message}`)
  if (problems.length > 0) process.exit(1)
  if (output === undefined) process.stdout.write(rewritten)
  else writeFileSync(output, rewritten)
}
