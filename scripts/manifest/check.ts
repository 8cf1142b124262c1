/**
 * Offline check of the add-in-only XML manifest, written from the documented
 * rules because the public XSDs are outdated and do not compile (and the
 * official validator posts the manifest to a web service). It checks element
 * order per the schema sequences, value formats and lengths, HTTPS, resource
 * references, and this project's own requirements (Word, WordApi 1.3,
 * ReadWriteDocument, the critique popup strings).
 *
 * Run: npx tsx scripts/manifest/check.ts manifest.xml [--base-url https://host/path]
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { CRITIQUE_RESOURCE_IDS } from '../../src/word/resources.js'

export interface ManifestProblem {
  /** Element path, e.g. `OfficeApp/DisplayName`. */
  readonly path: string
  readonly message: string
}

export interface CheckOptions {
  /** When given, every HTTPS URL of the add-in's own pages must start with it. */
  readonly baseUrl?: string
}

interface XmlNode {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
  readonly text: string
}

const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1'
const NS_OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides'
const NS_BASIC = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0'

/** Documented limits: ShortString, LongString, URL (OfficeAppManifestV1_1), resource ids. */
export const LIMITS = { short: 125, long: 250, url: 2048, resourceId: 32, critiqueString: 32 } as const

const UUID = /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/
const VERSION = /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/
const CULTURE = /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument']

type Occurs = readonly [name: string, min: number, max: number]

/** Child sequences, from the schema (`xs:sequence`, in order; extensions appended). */
const SEQUENCES: Readonly<Record<string, readonly Occurs[]>> = {
  OfficeApp: [
    ['Id', 1, 1],
    ['AlternateId', 0, 1],
    ['Version', 1, 1],
    ['ProviderName', 1, 1],
    ['DefaultLocale', 1, 1],
    ['DisplayName', 1, 1],
    ['Description', 1, 1],
    ['IconUrl', 0, 1],
    ['HighResolutionIconUrl', 0, 1],
    ['SupportUrl', 0, 1],
    ['AppDomains', 0, 1],
    ['Hosts', 0, 1],
    // TaskPaneApp extension:
    ['Requirements', 0, 1],
    ['DefaultSettings', 1, 1],
    ['Permissions', 1, 1],
    ['Dictionary', 0, 1],
    ['VersionOverrides', 0, 1],
  ],
  DefaultSettings: [['SourceLocation', 1, 1]],
  Requirements: [
    ['Sets', 0, 1],
    ['Methods', 0, 1],
  ],
  VersionOverrides: [
    ['Description', 0, 1],
    ['Requirements', 0, 1],
    ['Hosts', 1, 1],
    ['Resources', 0, 1],
    ['VersionOverrides', 0, 1],
  ],
  'VersionOverrides/Hosts/Host': [
    ['Runtimes', 0, 1],
    ['AllFormFactors', 0, 1],
    ['DesktopFormFactor', 0, 1],
    ['MobileFormFactor', 0, 1],
  ],
  DesktopFormFactor: [
    ['GetStarted', 0, 1],
    ['FunctionFile', 1, 1],
    ['ExtensionPoint', 0, Infinity],
  ],
  // All three are required per the GetStarted element reference.
  GetStarted: [
    ['Title', 1, 1],
    ['Description', 1, 1],
    ['LearnMoreUrl', 1, 1],
  ],
  Group: [
    ['Label', 1, 1],
    ['Icon', 0, 1],
    ['Control', 1, Infinity],
  ],
  Control: [
    ['Label', 1, 1],
    ['Supertip', 1, 1],
    ['Icon', 1, 1],
    ['Action', 1, 1],
  ],
  Supertip: [
    ['Title', 1, 1],
    ['Description', 1, 1],
  ],
  Action: [
    ['TaskpaneId', 0, 1],
    ['SourceLocation', 1, 1],
    ['Title', 0, 1],
    ['SupportsPinning', 0, 1],
  ],
  Resources: [
    ['bt:Images', 0, 1],
    ['bt:Urls', 0, 1],
    ['bt:ShortStrings', 0, 1],
    ['bt:LongStrings', 0, 1],
  ],
}

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings'

/** Which resource collection a `resid` must point into, by element and parent. */
function expectedKind(name: string, parent: string): ResourceKind | undefined {
  if (name === 'bt:Image') return 'bt:Images'
  if (name === 'FunctionFile' || name === 'SourceLocation' || name === 'LearnMoreUrl') return 'bt:Urls'
  if (name === 'Label' || (name === 'Title' && (parent === 'Supertip' || parent === 'GetStarted' || parent === 'Action'))) return 'bt:ShortStrings'
  if (name === 'Description' && (parent === 'Supertip' || parent === 'GetStarted')) return 'bt:LongStrings'
  return undefined
}

function toNodes(raw: unknown): XmlNode[] {
  if (!Array.isArray(raw)) return []
  const nodes: XmlNode[] = []
  for (const entry of raw as Record<string, unknown>[]) {
    const name = Object.keys(entry).find((k) => k !== ':@')
    if (name === undefined || name === '#text' || name === '#comment' || name.startsWith('?')) continue
    const childrenRaw = entry[name]
    const attrs = (entry[':@'] ?? {}) as Record<string, string>
    const text = Array.isArray(childrenRaw)
      ? (childrenRaw as Record<string, unknown>[])
          .filter((c) => '#text' in c)
          .map((c) => String(c['#text']))
          .join('')
      : ''
    nodes.push({ name, attrs, children: toNodes(childrenRaw), text: text.trim() })
  }
  return nodes
}

export function parseManifest(xml: string): XmlNode | string {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    commentPropName: '#comment',
  })
  const roots = toNodes(parser.parse(xml))
  const root = roots[0]
  if (root === undefined) return 'no root element'
  return root
}

class Checker {
  readonly problems: ManifestProblem[] = []
  constructor(private readonly options: CheckOptions) {}

  add(path: string, message: string): void {
    this.problems.push({ path, message })
  }

  sequence(node: XmlNode, path: string, spec: readonly Occurs[]): void {
    let cursor = 0
    const counts = new Map<string, number>()
    for (const child of node.children) {
      const index = spec.findIndex(([name], i) => i >= cursor && name === child.name)
      if (index < 0) {
        const earlier = spec.findIndex(([name]) => name === child.name)
        if (earlier >= 0) {
          const after = node.children.find((c) => spec.findIndex(([n]) => n === c.name) > earlier)
          this.add(`${path}/${child.name}`, `<${child.name}> is out of order: it must come before <${after?.name ?? '?'}>`)
        } else this.add(`${path}/${child.name}`, `<${child.name}> is not allowed in <${node.name}>`)
        continue
      }
      cursor = index
      counts.set(child.name, (counts.get(child.name) ?? 0) + 1)
    }
    for (const [name, min, max] of spec) {
      const n = counts.get(name) ?? 0
      if (n < min) this.add(`${path}/${name}`, `<${name}> is missing from <${node.name}>`)
      if (n > max) this.add(`${path}/${name}`, `<${name}> may occur at most ${max} time(s) in <${node.name}>`)
    }
  }

  length(path: string, value: string | undefined, max: number, what: string): void {
    if (value === undefined || value.length === 0) this.add(path, `${what} is empty`)
    else if (value.length > max) this.add(path, `${what} is ${value.length} characters; the limit is ${max}`)
  }

  url(path: string, value: string | undefined, ownPage: boolean): void {
    if (value === undefined || value === '') {
      this.add(path, 'URL is empty')
      return
    }
    if (value.length > LIMITS.url) this.add(path, `URL is ${value.length} characters; the limit is ${LIMITS.url}`)
    if (!value.startsWith('https://')) this.add(path, `URL must use HTTPS: ${value}`)
    else if (ownPage && this.options.baseUrl !== undefined && !value.startsWith(this.options.baseUrl)) {
      this.add(path, `URL does not start with the base URL ${this.options.baseUrl}: ${value}`)
    }
    try {
      new URL(value)
    } catch {
      this.add(path, `not a valid URL: ${value}`)
    }
  }

  /** A locale-aware setting: DefaultValue plus `<Override Locale Value>` children. */
  localeAware(node: XmlNode | undefined, path: string, kind: 'short' | 'long' | 'url', ownPage = true): void {
    if (node === undefined) return
    const check = (p: string, value: string | undefined): void => {
      if (kind === 'url') this.url(p, value, ownPage)
      else this.length(p, value, LIMITS[kind], kind === 'short' ? 'ShortString value' : 'LongString value')
    }
    check(`${path}@DefaultValue`, node.attrs.DefaultValue)
    for (const o of node.children) {
      if (o.name !== 'Override' && o.name !== 'bt:Override') continue
      if (o.attrs.Locale === undefined || !CULTURE.test(o.attrs.Locale)) this.add(`${path}/Override`, 'Override needs a valid Locale')
      check(`${path}/Override[${o.attrs.Locale ?? '?'}]@Value`, o.attrs.Value)
    }
  }
}

const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((c) => c.name === name)

function walk(node: XmlNode, path: string, visit: (node: XmlNode, path: string, parent: XmlNode | undefined) => void, parent?: XmlNode): void {
  visit(node, path, parent)
  for (const c of node.children) walk(c, `${path}/${c.name}`, visit, node)
}

/** Every problem found in the manifest text; empty when it passes. */
export function checkManifest(xml: string, options: CheckOptions = {}): ManifestProblem[] {
  const c = new Checker(options)
  const root = parseManifest(xml)
  if (typeof root === 'string') return [{ path: '', message: root }]
  if (root.name !== 'OfficeApp') return [{ path: root.name, message: 'the root element must be <OfficeApp>' }]
  if (root.attrs.xmlns !== NS_APP) c.add('OfficeApp@xmlns', `the namespace must be ${NS_APP}`)
  if (root.attrs['xmlns:bt'] !== NS_BASIC) c.add('OfficeApp@xmlns:bt', `the bt prefix must be bound to ${NS_BASIC}`)
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') c.add('OfficeApp@xsi:type', 'xsi:type must be TaskPaneApp')

  c.sequence(root, 'OfficeApp', SEQUENCES.OfficeApp as readonly Occurs[])

  const id = child(root, 'Id')?.text
  if (id !== undefined && !UUID.test(id)) c.add('OfficeApp/Id', `Id must be a GUID: ${id}`)
  const version = child(root, 'Version')?.text
  if (version !== undefined && !VERSION.test(version)) c.add('OfficeApp/Version', `Version must look like 1.0.0.0: ${version}`)
  const provider = child(root, 'ProviderName')
  if (provider !== undefined) c.length('OfficeApp/ProviderName', provider.text, LIMITS.short, 'ProviderName')
  const locale = child(root, 'DefaultLocale')?.text
  if (locale !== undefined && !CULTURE.test(locale)) c.add('OfficeApp/DefaultLocale', `not a culture name: ${locale}`)
  c.localeAware(child(root, 'DisplayName'), 'OfficeApp/DisplayName', 'short')
  c.localeAware(child(root, 'Description'), 'OfficeApp/Description', 'long')
  c.localeAware(child(root, 'IconUrl'), 'OfficeApp/IconUrl', 'url')
  c.localeAware(child(root, 'HighResolutionIconUrl'), 'OfficeApp/HighResolutionIconUrl', 'url')
  c.localeAware(child(root, 'SupportUrl'), 'OfficeApp/SupportUrl', 'url', false)
  for (const domain of child(root, 'AppDomains')?.children ?? []) c.url('OfficeApp/AppDomains/AppDomain', domain.text, false)

  // This add-in: Word only, WordApi 1.3 at least, full read/write.
  const hosts = child(root, 'Hosts')
  if (hosts === undefined) c.add('OfficeApp/Hosts', '<Hosts> is missing: the add-in must declare the Word host')
  else if (!hosts.children.some((h) => h.name === 'Host' && h.attrs.Name === 'Document')) {
    c.add('OfficeApp/Hosts', 'the Word host <Host Name="Document"/> is missing')
  }
  const requirements = child(root, 'Requirements')
  if (requirements === undefined) c.add('OfficeApp/Requirements', '<Requirements> is missing: WordApi 1.3 must be the minimum')
  else {
    c.sequence(requirements, 'OfficeApp/Requirements', SEQUENCES.Requirements as readonly Occurs[])
    const set = child(child(requirements, 'Sets'), 'Set')
    const sets = child(requirements, 'Sets')?.children ?? []
    const wordApi = sets.find((s) => s.name === 'Set' && s.attrs.Name === 'WordApi')
    if (set === undefined || wordApi === undefined) c.add('OfficeApp/Requirements/Sets', 'the WordApi requirement set is missing')
    else if (wordApi.attrs.MinVersion !== '1.3') c.add('OfficeApp/Requirements/Sets/Set', `WordApi MinVersion must be 1.3, not ${wordApi.attrs.MinVersion ?? '(none)'}`)
  }
  const settings = child(root, 'DefaultSettings')
  if (settings !== undefined) {
    c.sequence(settings, 'OfficeApp/DefaultSettings', SEQUENCES.DefaultSettings as readonly Occurs[])
    c.localeAware(child(settings, 'SourceLocation'), 'OfficeApp/DefaultSettings/SourceLocation', 'url')
  }
  const permissions = child(root, 'Permissions')?.text
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) c.add('OfficeApp/Permissions', `unknown permission ${permissions}`)
  else if (permissions !== undefined && permissions !== 'ReadWriteDocument') c.add('OfficeApp/Permissions', 'the add-in needs ReadWriteDocument')

  const overrides = child(root, 'VersionOverrides')
  if (overrides === undefined) c.add('OfficeApp/VersionOverrides', '<VersionOverrides> is missing: the ribbon button needs it')
  else checkOverrides(c, overrides)

  // No plain-HTTP URL anywhere, attribute or text.
  walk(root, 'OfficeApp', (node, path) => {
    for (const [name, value] of Object.entries(node.attrs)) {
      if (/^http:\/\//i.test(value) && !name.startsWith('xmlns') && name !== 'xmlns') c.add(`${path}@${name}`, `URL must use HTTPS: ${value}`)
    }
    if (/^http:\/\//i.test(node.text)) c.add(path, `URL must use HTTPS: ${node.text}`)
  })
  return c.problems
}

function checkOverrides(c: Checker, overrides: XmlNode): void {
  const base = 'OfficeApp/VersionOverrides'
  if (overrides.attrs.xmlns !== NS_OVERRIDES) c.add(`${base}@xmlns`, `the namespace must be ${NS_OVERRIDES}`)
  if (overrides.attrs['xsi:type'] !== 'VersionOverridesV1_0') c.add(`${base}@xsi:type`, 'xsi:type must be VersionOverridesV1_0')
  c.sequence(overrides, base, SEQUENCES.VersionOverrides as readonly Occurs[])

  // Resources: ids, limits, kinds.
  const resources = child(overrides, 'Resources')
  const ids = new Map<string, ResourceKind>()
  if (resources === undefined) c.add(`${base}/Resources`, '<Resources> is missing')
  else {
    c.sequence(resources, `${base}/Resources`, SEQUENCES.Resources as readonly Occurs[])
    for (const group of resources.children) {
      const kind = group.name as ResourceKind
      const itemName = kind === 'bt:Images' ? 'bt:Image' : kind === 'bt:Urls' ? 'bt:Url' : 'bt:String'
      for (const item of group.children) {
        const path = `${base}/Resources/${kind}/${item.name}[${item.attrs.id ?? '?'}]`
        if (item.name !== itemName) {
          c.add(path, `<${item.name}> is not allowed in <${kind}>; expected <${itemName}>`)
          continue
        }
        const rid = item.attrs.id
        if (rid === undefined || rid === '') c.add(path, 'resource without id')
        else {
          if (rid.length > LIMITS.resourceId) c.add(path, `resource id "${rid}" is ${rid.length} characters; the limit is ${LIMITS.resourceId}`)
          if (ids.has(rid)) c.add(path, `duplicate resource id "${rid}"`)
          ids.set(rid, kind)
        }
        c.localeAware(item, path, kind === 'bt:ShortStrings' ? 'short' : kind === 'bt:LongStrings' ? 'long' : 'url', kind !== 'bt:Urls' || !(rid ?? '').includes('LearnMore'))
      }
    }
  }

  // The critique popup (WordApi 1.8) refers to these string ids by name.
  const shortStrings = resources?.children.find((g) => g.name === 'bt:ShortStrings')
  for (const rid of CRITIQUE_RESOURCE_IDS) {
    const found = shortStrings?.children.find((s) => s.attrs.id === rid)
    if (found === undefined) c.add(`${base}/Resources/bt:ShortStrings`, `the critique popup string "${rid}" is missing`)
    else {
      for (const value of [found.attrs.DefaultValue, ...found.children.map((o) => o.attrs.Value)]) {
        if (value !== undefined && value.length > LIMITS.critiqueString) {
          c.add(`${base}/Resources/bt:ShortStrings/bt:String[${rid}]`, `critique popup text "${value}" is longer than ${LIMITS.critiqueString} characters`)
        }
      }
    }
  }

  // Structure under Hosts, and every resid resolving to a resource of the right kind.
  const hosts = child(overrides, 'Hosts')
  const wordHost = hosts?.children.find((h) => h.name === 'Host' && h.attrs['xsi:type'] === 'Document')
  if (hosts !== undefined && wordHost === undefined) c.add(`${base}/Hosts`, 'the <Host xsi:type="Document"> override is missing')
  walk(overrides, base, (node, path, parent) => {
    if (path === `${base}/Hosts/Host`) c.sequence(node, path, SEQUENCES['VersionOverrides/Hosts/Host'] as readonly Occurs[])
    else if (node.name in SEQUENCES && !['VersionOverrides', 'Resources', 'Requirements', 'DefaultSettings', 'OfficeApp'].includes(node.name)) {
      // `Description` and `Title` elsewhere are leaves; sequences apply to the container names only.
      c.sequence(node, path, SEQUENCES[node.name] as readonly Occurs[])
    }
    if (node.name === 'Icon') {
      for (const image of node.children) {
        if (image.name !== 'bt:Image') c.add(`${path}/${image.name}`, `<${image.name}> is not allowed in <Icon>`)
        else if (!['16', '20', '24', '32', '40', '48', '64', '80'].includes(image.attrs.size ?? '')) c.add(`${path}/bt:Image`, `unsupported icon size ${image.attrs.size ?? '(none)'}`)
      }
    }
    const rid = node.attrs.resid
    if (rid === undefined) return
    const actual = ids.get(rid)
    const expected = expectedKind(node.name, parent?.name ?? '')
    if (rid.length > LIMITS.resourceId) c.add(`${path}@resid`, `resid "${rid}" is longer than ${LIMITS.resourceId} characters`)
    if (actual === undefined) c.add(`${path}@resid`, `resid "${rid}" does not match any resource`)
    else if (expected !== undefined && actual !== expected) c.add(`${path}@resid`, `resid "${rid}" points into <${actual}> but <${node.name}> needs <${expected}>`)
  })
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const file = args.find((a) => !a.startsWith('--')) ?? 'manifest.xml'
  const baseIndex = args.indexOf('--base-url')
  const baseUrl = baseIndex >= 0 ? args[baseIndex + 1] : undefined
  const problems = checkManifest(readFileSync(file, 'utf8'), baseUrl === undefined ? {} : { baseUrl })
  for (const p of problems) console.error(`${file}: ${p.path}: ${p.message}`)
  if (problems.length > 0) process.exit(1)
  console.log(`${file}: no problems found`)
}
