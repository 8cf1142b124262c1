/**
 * taskpane.html exactly as Word loads it: the production bundle, with office.js
 * from the CDN replaced by the in-memory Word model (there is no Word, and no
 * internet, here). Also the page outside Word, when office.js cannot load.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, ensureBuilt } from './build.js'
import { bundleFakeOffice } from './fake-office.js'
import { serveStatic, type StaticServer } from './static-server.js'

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'

let server: StaticServer
let browser: Browser
let fakeOffice: string

beforeAll(async () => {
  ensureBuilt()
  fakeOffice = await bundleFakeOffice()
  server = await serveStatic(DIST)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(withWord: boolean): Promise<{ context: BrowserContext; offMachine: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } })
  const offMachine: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue()
    if (withWord && url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: fakeOffice })
    offMachine.push(url)
    return route.abort()
  })
  const errors: string[] = []
  context.on('weberror', (error) => errors.push(error.error().message))
  return { context, offMachine, errors }
}

describe('taskpane.html', () => {
  it('runs in "Word": checks, replaces through the Office.js adapter, and stores nothing elsewhere', async () => {
    const { context, offMachine, errors } = await open(true)
    const page = await context.newPage()
    await page.goto(`${server.url}/taskpane.html`)
    await page.getByRole('button', { name: 'Controleer document' }).click()
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(/Controle klaar/)
    expect(await page.locator('article[data-rule="allochtoon"]').count()).toBe(1)

    // WordApi 1.4: comments yes; no paragraph events, so the pane says to re-check by hand.
    await page.getByRole('button', { name: /Beperkingen van deze Word-versie/ }).click()
    expect(await page.getByText('Deze versie van Word meldt wijzigingen niet.', { exact: false }).count()).toBe(1)

    await page.locator('article[data-rule="middels"]').getByRole('button', { name: "Vervang 'middels' door 'met'" }).click()
    const bodyTexts = () => page.evaluate(() => (window as unknown as { __fakeWord: { bodyTexts(): string[] } }).__fakeWord.bodyTexts())
    await expect.poll(bodyTexts).toContain('In deze wijk wonen veel allochtonen. Wij informeren u met een brief.')
    await expect.poll(() => page.locator('article[data-rule="middels"]').count()).toBe(0)

    // Changed behind the pane's back: the replace must not write, and says why.
    await page.evaluate(() =>
      (window as unknown as { __fakeWord: { edit(p: number, s: number, e: number, t: string): void } }).__fakeWord.edit(1, 0, 2, 'Op'),
    )
    await page.locator('article[data-rule="allochtoon"]').getByRole('button', { name: /^Vervang 'allochtonen' door / }).first().click()
    await expect.poll(() => page.locator('[data-notice="warning"]').innerText()).toContain('De tekst is gewijzigd sinds de controle')
    expect((await bodyTexts())[1]).toBe('Op deze wijk wonen veel allochtonen. Wij informeren u met een brief.')
    expect(await page.getByText('Het document is gewijzigd sinds de controle', { exact: false }).count()).toBe(1)

    // "Negeren in dit document" is saved in the document's settings, where colleagues' panes read it.
    await page.locator('article[data-rule="allochtoon"]').getByRole('button', { name: /^Negeren: / }).click()
    await page.getByRole('menuitem', { name: 'Negeren in dit document' }).click()
    await expect.poll(() => page.locator('article[data-rule="allochtoon"]').count()).toBe(0)
    const saved = () =>
      page.evaluate(() =>
        (window as unknown as { __fakeWord: { settings: { saved: Map<string, unknown> } } }).__fakeWord.settings.saved.get('woordwijs.ignoredRules'),
      )
    await expect.poll(saved).toEqual(['allochtoon'])

    expect(offMachine).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('in an older Word hides "Als opmerking toevoegen" and says why', async () => {
    const { context } = await open(true)
    const page = await context.newPage()
    await page.goto(`${server.url}/taskpane.html?wordApi=1.3`)
    await page.getByRole('button', { name: 'Controleer document' }).click()
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(/Controle klaar/)
    expect(await page.locator('article').count()).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: 'Als opmerking toevoegen' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Toon in document' }).count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: /Beperkingen van deze Word-versie/ }).click()
    expect(await page.getByText('Opmerkingen toevoegen kan niet in deze versie van Word', { exact: false }).count()).toBe(1)
    await context.close()
  })

  it('says so plainly when there is nothing to report', async () => {
    const { context } = await open(true)
    const page = await context.newPage()
    await page.goto(`${server.url}/taskpane.html?doc=clean`)
    await page.getByRole('button', { name: 'Controleer document' }).click()
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toBe('Controle klaar: 0 bevindingen.')
    expect(await page.getByText('Geen bevindingen.').count()).toBe(1)
    expect(await page.locator('article').count()).toBe(0)
    await context.close()
  })

  it('outside Word, without office.js, says where to open it', async () => {
    const { context, offMachine } = await open(false)
    const page = await context.newPage()
    await page.goto(`${server.url}/taskpane.html`)
    await expect.poll(() => page.getByText('Deze pagina werkt alleen als invoegtoepassing in Microsoft Word', { exact: false }).count()).toBe(1)
    expect(offMachine).toEqual([OFFICE_JS])
    await context.close()
  })
})
