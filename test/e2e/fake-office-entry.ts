/**
 * Stands in for office.js from the CDN in the browser tests of taskpane.html:
 * the in-memory Word model from src/word/fake, installed as the globals the
 * production bundle expects, with a letter to check. Test-only; never shipped.
 */
import { createFakeWord } from '../../src/word/fake/index.js'

const params = new URLSearchParams(location.search)
// `?doc=clean` is a document with nothing to report, for the empty state.
const body =
  params.get('doc') === 'clean'
    ? ['Wij sturen u deze brief over uw aanvraag.', 'U hoort binnen twee weken van ons.']
    : ['Geachte heer, mevrouw,', 'In deze wijk wonen veel allochtonen. Wij informeren u middels een brief.', 'Met vriendelijke groet,']
const fake = createFakeWord(
  { body, header: ['Gemeente Lindenwaard'] },
  // `?wordApi=1.3` plays an older Word (no comments); the default has comments but no paragraph events.
  { wordApi: params.get('wordApi') ?? '1.4' },
)
fake.install()
;(window as unknown as { __fakeWord: typeof fake }).__fakeWord = fake
