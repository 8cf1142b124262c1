/**
 * The real task pane bundle in headless Chromium, against the preview page's
 * simulated document: check, replace, ignore in the document, comment, the
 * keyboard, accessibility (axe) and that nothing is requested off the machine.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, ROOT, ensureBuilt } from './build.js'
import { serveStatic, type StaticServer } from './static-server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(ROOT, 'test-results')

let server: StaticServer
let browser: Browser
let page: Page
const offMachine: string[] = []
const pageErrors: string[] = []

const pane = () => page.locator('[data-taskpane]')
const cards = (ruleId?: string) => pane().locator(ruleId ? `article[data-rule="${ruleId}"]` : 'article')
const documentText = () => page.locator('[data-document]').innerText()

beforeAll(async () => {
  ensureBuilt()
  // axe is served from our own origin: the page's CSP rightly refuses inline scripts.
  server = await serveStatic(DIST, { '/__test/axe.min.js': join(ROOT, 'node_modules/axe-core/axe.min.js') })
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })
  // Anything not served by our own server would be document text leaving the machine (or a CDN dependency).
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue()
    offMachine.push(url)
    return route.abort()
  })
  // Requests the page's CSP refused never reach the route above; record them too.
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`))
  })
  page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(`${server.url}/preview.html`)
  await pane().getByRole('button', { name: 'Controleer document' }).waitFor({ timeout: 15_000 })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('preview page with the task pane', () => {
  it('checks the document from the keyboard and lists the expected findings', async () => {
    // Keyboard only: tab to the primary action and press Enter.
    const button = pane().getByRole('button', { name: 'Controleer document' })
    for (let i = 0; i < 60 && !(await button.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')

    const status = pane().getByRole('status')
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/Controle klaar: \d+ bevinding/)

    // 'allochtonen', 'allochtone' twice: the herkomst entry of the built-in lexicon.
    expect(await cards('allochtoon').count()).toBe(3)
    // Officialese from the letter and the policy note.
    expect(await cards('teneinde').count()).toBe(2)
    expect(await cards('middels').count()).toBe(1)
    const first = cards('allochtoon').first()
    expect(await first.locator('mark').innerText()).toBe('allochtonen')
    expect(await first.innerText()).toContain('Sociaal-culturele achtergrond')
    expect(await pane().getByRole('heading', { level: 2, name: /bevindingen/ }).innerText()).toMatch(/^\d+ bevindingen$/)
    await mkdir(ARTIFACTS, { recursive: true })
    await pane().screenshot({ path: join(ARTIFACTS, 'taskpane-checked.png') })
  })

  it('opens the readability panel: the figures, the chart, and a long sentence shown in the document', async () => {
    const header = pane().getByRole('button', { name: /^Leesbaarheid: (B1|B2|C1) \(indicatie\)$/ })
    expect(await header.getAttribute('aria-expanded')).toBe('false')
    await header.click()
    expect(await header.getAttribute('aria-expanded')).toBe('true')
    const panel = pane().locator('[data-readability]')

    // The running text of the letter and the note; the header and footer lines do not count.
    const rows = await panel.locator('dl > div').evaluateAll((divs) =>
      divs.map((div) => [div.querySelector('dt')?.textContent ?? '', div.querySelector('dd')?.textContent ?? '']),
    )
    const figures = new Map(rows.map(([term, value]) => [term, value]))
    expect(rows).toHaveLength(8)
    expect(figures.get('Woorden')).toBe('222')
    expect(figures.get('Zinnen')).toBe('17')
    expect(figures.get('Lange zinnen (meer dan 20 woorden)')).toBe('4 (24%)')
    expect(figures.get('Flesch-Douma')).toMatch(/^\d+: [a-z ]+$/)
    expect(figures.get('Brouwer-leesindex')).toMatch(/^\d+: [a-z ]+$/)
    expect(await panel.innerText()).toContain('(indicatie)')

    // One bar per sentence; the chart's name says what it shows.
    const chart = panel.getByRole('img', { name: /^Zinslengte van 17 zinnen in documentvolgorde\. 4 zinnen zijn langer dan 20 woorden/ })
    expect(await chart.count()).toBe(1)
    expect(await panel.locator('[data-chart] rect').count()).toBe(17)
    expect(await panel.locator('[data-chart] rect[data-long]').count()).toBe(4)

    // The long sentences are buttons too: by keyboard, the first one is selected in the document.
    const selected = page.locator('[data-document] [data-kind~="selection"]')
    const longSentences = panel.getByRole('listitem').getByRole('button')
    expect(await longSentences.count()).toBe(4)
    await longSentences.first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => selected.innerText()).toMatch(/^Indien u tot de minima behoort.*energierekening\.$/)

    // And by mouse, a long bar in the chart.
    await panel.locator('[data-chart] rect[data-long]').nth(1).click()
    await expect.poll(() => selected.innerText()).toMatch(/^Teneinde uw aanvraag te kunnen beoordelen.*bankrekening\.$/)

    await mkdir(ARTIFACTS, { recursive: true })
    await panel.screenshot({ path: join(ARTIFACTS, 'taskpane-readability.png') })
  })

  it('shows the explanation and sources behind "Waarom?"', async () => {
    const card = cards('allochtoon').first()
    const why = card.getByRole('button', { name: 'Waarom?' })
    expect(await why.getAttribute('aria-expanded')).toBe('false')
    await why.click()
    expect(await why.getAttribute('aria-expanded')).toBe('true')
    expect(await card.innerText()).toContain('Bronnen: CBS')
  })

  it('replaces a word with one click and the document text changes', async () => {
    const card = cards('middels').first()
    const replace = card.getByRole('button', { name: /^Vervang 'Middels' door / })
    const label = (await replace.first().getAttribute('aria-label')) ?? ''
    const replacement = /door '(.+)'$/.exec(label)?.[1] ?? ''
    expect(replacement).not.toBe('')
    expect(await documentText()).toContain('Middels een wijkaanpak')
    await replace.first().click()
    await expect.poll(documentText).toContain(`${replacement} een wijkaanpak`)
    expect(await documentText()).not.toContain('Middels een wijkaanpak')
    await expect.poll(() => cards('middels').count()).toBe(0)
    expect(await pane().locator('[data-notice="success"]').innerText()).toContain(`vervangen door '${replacement}'`)
  })

  it('re-checks a paragraph the user edits', async () => {
    const before = await cards('middels').count()
    const paragraph = page.locator('[data-document] p', { hasText: 'Met vriendelijke groet' })
    await paragraph.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Wij informeren u middels een brief.')
    await expect.poll(() => cards('middels').count(), { timeout: 10_000 }).toBe(before + 1)
    // The re-check must not redraw the paragraph under the caret: the typing arrives whole and in order.
    expect(await paragraph.innerText()).toBe('Met vriendelijke groet, Wij informeren u middels een brief.')
  })

  it('"Toon in document" selects the words in the document', async () => {
    const card = cards('teneinde').last()
    await card.getByRole('button', { name: 'Toon in document' }).click()
    const selected = page.locator('[data-document] [data-kind~="selection"]')
    await expect.poll(() => selected.count()).toBe(1)
    expect((await selected.innerText()).toLowerCase()).toBe('teneinde')
  })

  it('underlines the findings in the text when the user turns marks on', async () => {
    const marked = page.locator('[data-document] [data-kind~="mark"]')
    expect(await marked.count()).toBe(0)
    await pane().getByRole('button', { name: 'Markeringen in de tekst' }).click()
    await pane().getByRole('switch', { name: 'Bevindingen in de tekst onderstrepen' }).click()
    await expect.poll(() => marked.count(), { timeout: 10_000 }).toBeGreaterThan(3)
    const texts = await marked.allInnerTexts()
    expect(texts).toContain('allochtonen')
    await pane().getByRole('switch', { name: 'Bevindingen in de tekst onderstrepen' }).click()
    await expect.poll(() => marked.count(), { timeout: 10_000 }).toBe(0)
  })

  it('"Negeren in dit document" hides every finding of that rule', async () => {
    const card = cards('allochtoon').first()
    await card.getByRole('button', { name: /^Negeren: / }).click()
    await page.getByRole('menuitem', { name: 'Negeren in dit document' }).click()
    await expect.poll(() => cards('allochtoon').count()).toBe(0)
    // Stored with the document, and listed so it can be undone.
    expect(await pane().getByRole('button', { name: /Genegeerd in dit document \(1\)/ }).count()).toBe(1)
    expect(await cards('teneinde').count()).toBe(2)
  })

  it('"Negeren" by keyboard hides only that occurrence and moves focus on', async () => {
    const card = cards('teneinde').first()
    await card.getByRole('button', { name: /^Negeren: / }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('menuitem', { name: 'Negeren (alleen hier)' }).count()).toBe(1)
    // The first item has focus when the menu opens from the keyboard.
    await page.keyboard.press('Enter')
    await expect.poll(() => cards('teneinde').count()).toBe(1)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE')
  })

  it('adds a Word comment that shows in the document', async () => {
    const card = cards('teneinde').first()
    const message = await card.getByRole('heading', { level: 3 }).innerText()
    await card.getByRole('button', { name: 'Als opmerking toevoegen' }).click()
    const comment = page.locator('[data-comment]')
    await expect.poll(() => comment.count()).toBe(1)
    expect(await comment.innerText()).toContain(message)
    expect(await comment.innerText()).toContain('Teneinde')
  })

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    await cards().first().getByRole('button', { name: 'Waarom?' }).click()
    await page.addScriptTag({ url: `${server.url}/__test/axe.min.js` })
    const results = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
      // Tabster's focus-redirect sentinels (data-tabster-dummy) are aria-hidden and focusable by design: a
      // known false positive of Fluent UI v9 (microsoft/tabster#288, accessibility-insights-web#7613).
      return axe.run({ include: [['[data-taskpane]']], exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    })
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([])
  })

  it('saves screenshots of the pane and the page', async () => {
    await mkdir(ARTIFACTS, { recursive: true })
    await pane().evaluate((element) => element.scrollTo(0, 0))
    await pane().screenshot({ path: join(ARTIFACTS, 'taskpane.png') })
    await page.screenshot({ path: join(ARTIFACTS, 'preview.png') })
  })

  it('asked for nothing outside its own origin and threw no errors', async () => {
    expect(offMachine).toEqual([])
    // The only thing the CSP ever has to stop is office.js's own telemetry frame (it runs outside Office here).
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
    expect(violations.filter((violation) => !violation.includes('https://telemetryservice.firstpartyapps.oaspapps.com'))).toEqual([])
    expect(server.requested.filter((path) => !/\.(html|js|map|png|svg|ico)$/.test(path) && path !== '/')).toEqual([])
    expect(pageErrors).toEqual([])
  })
})

describe('the built pages', () => {
  it('carry a Content-Security-Policy that keeps text on the machine', () => {
    for (const name of ['taskpane.html', 'preview.html']) {
      const html = readFileSync(join(DIST, name), 'utf8')
      // The production HTML is minified, so the attribute quotes may be gone.
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? ''
      expect(csp, name).toMatch(/connect-src 'self'(;| ws:)/)
      expect(csp, name).toContain("worker-src 'self'")
      expect(csp, name).toMatch(/script-src 'self'( https:\/\/appsforoffice\.microsoft\.com)?;/)
    }
    expect(readFileSync(join(DIST, 'taskpane.html'), 'utf8')).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js')
    expect(readFileSync(join(DIST, 'preview.html'), 'utf8')).toMatch(/src="?office-js\/office\.js/)
  })
})
