import { describe, expect, it } from 'vitest'
import { retextNominalisation } from '../../src/core/index.js'
import { marked, run } from './support.js'

describe('retextNominalisation', () => {
  it('marks a light verb with its noun, also split over the clause', () => {
    expect(run(retextNominalisation, 'Het college neemt een besluit over uw aanvraag.')).toEqual([['neemt een besluit', 'naamwoordstijl']])
    expect(marked(retextNominalisation, 'Wij nemen binnen zes weken een beslissing.')).toEqual(['nemen binnen zes weken een beslissing'])
    expect(marked(retextNominalisation, 'Wij nemen uw aanvraag in behandeling.')).toEqual(['nemen uw aanvraag in behandeling'])
    expect(marked(retextNominalisation, 'De aannemer draagt zorg voor een veilige doorgang.')).toEqual(['draagt zorg'])
    expect(marked(retextNominalisation, 'Wij geven toepassing aan de regel.')).toEqual(['geven toepassing'])
    expect(marked(retextNominalisation, 'Het college heeft een besluit genomen.')).toEqual(['een besluit genomen'])
  })

  it('marks "de toekenning van" and says which verb to use', () => {
    const text = 'Na de toekenning van de subsidie krijgt u bericht.'
    expect(marked(retextNominalisation, text)).toEqual(['de toekenning van'])
  })

  it('does not fire without the light verb in the same clause', () => {
    for (const text of [
      'Het besluit is genomen.',
      'Een besluit, dat neemt tijd.',
      'De zorg is goed geregeld.',
      'Zorg dat u op tijd bent, want wij dragen geen kosten.',
      'Uw aanvraag is in behandeling.',
      'De toekenning duurt lang.',
    ]) {
      expect([text, marked(retextNominalisation, text)]).toEqual([text, []])
    }
  })
})
