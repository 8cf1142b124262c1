import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkManifest } from '../scripts/manifest/check.js'
import { drawIcon, encodePng, ICON_SIZES } from '../scripts/manifest/icons.js'
import { normaliseBaseUrl, rewriteManifestUrls } from '../scripts/manifest/rewrite.js'
import { CRITIQUE_RESOURCE_IDS } from '../src/word/resources.js'

const manifest = readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8')

function messages(xml: string, options = {}): string[] {
  return checkManifest(xml, options).map((p) => `${p.path}: ${p.message}`)
}

function broken(from: string | RegExp, to: string): string {
  const next = manifest.replace(from, to)
  if (next === manifest) throw new Error(`the test's replacement did not apply: ${String(from)}`)
  return next
}

describe('manifest.xml', () => {
  it('passes the offline check', () => {
    expect(messages(manifest)).toEqual([])
    expect(messages(manifest, { baseUrl: 'https://localhost:3000' })).toEqual([])
  })

  it('declares the critique popup strings the adapter uses', () => {
    for (const id of CRITIQUE_RESOURCE_IDS) expect(manifest).toContain(`<bt:String id="${id}"`)
  })

  it.each([
    ['missing element', () => broken(/\s*<ProviderName>.*<\/ProviderName>/, ''), /ProviderName> is missing/],
    [
      'wrong order',
      () => broken(/(<Requirements>[\s\S]*?<\/Requirements>)(\s*)(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, '$3$2$1'),
      /<Requirements> is out of order: it must come before <DefaultSettings>/,
    ],
    [
      'resources in the wrong order',
      () => broken(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$3$2$1'),
      /<bt:Images> is out of order: it must come before <bt:Urls>/,
    ],
    [
      'elements swapped',
      () => broken(/(<Version>.*<\/Version>)(\s*)(<ProviderName>.*<\/ProviderName>)/, '$3$2$1'),
      /<Version> is out of order: it must come before <ProviderName>/,
    ],
    ['http URL', () => broken('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /URL must use HTTPS: http:\/\/localhost:3000\/taskpane.html/],
    ['bad GUID', () => broken(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'), /Id must be a GUID/],
    ['dangling resid', () => broken('resid="WW.OpenPane.Tooltip"', 'resid="WW.OpenPane.Nope"'), /resid "WW.OpenPane.Nope" does not match any resource/],
    ['resid of the wrong kind', () => broken('<Description resid="WW.OpenPane.Tooltip"/>', '<Description resid="WW.OpenPane.Label"/>'), /points into <bt:ShortStrings> but <Description> needs <bt:LongStrings>/],
    ['too-long display name', () => broken(/<DisplayName DefaultValue="[^"]*"/, `<DisplayName DefaultValue="${'x'.repeat(126)}"`), /DisplayName@DefaultValue: ShortString value is 126 characters; the limit is 125/],
    ['too-long description', () => broken(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${'x'.repeat(251)}"`), /LongString value is 251 characters; the limit is 250/],
    ['too-long resource id', () => broken(/"WW\.Group\.Label"/g, `"WW.Group.Label.${'x'.repeat(20)}"`), /resource id "WW.Group.Label.x+" is 35 characters; the limit is 32/],
    ['missing critique id', () => broken(/\s*<bt:String id="WW.Critique.Title"[\s\S]*?<\/bt:String>/, ''), /critique popup string "WW.Critique.Title" is missing/],
    ['wrong host', () => broken('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /the Word host <Host Name="Document"\/> is missing/],
    ['wrong requirement set', () => broken('MinVersion="1.3"', 'MinVersion="1.1"'), /WordApi MinVersion must be 1.3/],
    ['not XML', () => manifest.replace('</OfficeApp>', ''), /not well-formed XML/],
  ] as const)('fails on %s', (_name, make, pattern) => {
    const found = messages(make())
    expect(found.some((m) => pattern.test(m)), found.join('\n')).toBe(true)
  })

  it('reports URLs outside the configured base URL', () => {
    expect(messages(manifest, { baseUrl: 'https://intranet.example.nl/woordwijs' }).join('\n')).toMatch(/does not start with the base URL/)
  })
})

describe('rewriteManifestUrls', () => {
  it('moves every dev URL to the production base and still passes', () => {
    const prod = rewriteManifestUrls(manifest, 'https://intranet.example.nl/woordwijs/')
    expect(prod).not.toContain('localhost')
    expect(prod).toContain('<SourceLocation DefaultValue="https://intranet.example.nl/woordwijs/taskpane.html"/>')
    expect(prod).toContain('DefaultValue="https://intranet.example.nl/woordwijs/assets/icon-16.png"')
    expect(messages(prod, { baseUrl: 'https://intranet.example.nl/woordwijs' })).toEqual([])
  })

  it('does not touch look-alike hosts', () => {
    expect(rewriteManifestUrls('<a b="https://localhost:30001/x"/>', 'https://x.nl')).toBe('<a b="https://localhost:30001/x"/>')
  })

  it('refuses a base URL that is not plain HTTPS', () => {
    expect(() => normaliseBaseUrl('http://intranet.example.nl')).toThrow(/HTTPS/)
    expect(() => normaliseBaseUrl('https://intranet.example.nl/?a=1')).toThrow(/query/)
    expect(() => normaliseBaseUrl('not a url')).toThrow(/valid URL/)
    expect(normaliseBaseUrl('https://intranet.example.nl/')).toBe('https://intranet.example.nl')
  })
})

describe('icons', () => {
  it('are real PNGs of the declared sizes, identical to what the script draws', () => {
    for (const size of ICON_SIZES) {
      const file = readFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url))
      expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      expect(file.readUInt32BE(16)).toBe(size)
      expect(file.readUInt32BE(20)).toBe(size)
      expect(file.equals(encodePng(size, drawIcon(size)))).toBe(true)
      const idatLength = file.readUInt32BE(33)
      expect(inflateSync(file.subarray(41, 41 + idatLength)).length).toBe((size * 4 + 1) * size)
    }
  })
})
