import { describe, expect, it } from 'vitest'
import { retextPassive } from '../../src/core/index.js'
import { marked, run } from './support.js'

const passives = (text: string): string[] => marked(retextPassive, text)

describe('retextPassive', () => {
  it('marks worden + participle, from the auxiliary to the participle', () => {
    expect(passives('Uw aanvraag wordt binnen acht weken behandeld.')).toEqual(['wordt binnen acht weken behandeld'])
    expect(passives('De brieven werden verstuurd door de gemeente.')).toEqual(['werden verstuurd'])
    expect(passives('De balie wordt om vijf uur gesloten.')).toEqual(['wordt om vijf uur gesloten'])
    expect(run(retextPassive, 'Ik word morgen gebeld.')).toEqual([['word morgen gebeld', 'passief']])
  })

  it('marks zijn + participle, including a split construction', () => {
    expect(passives('Uw aanvraag is door ons op 3 mei ontvangen.')).toEqual(['is door ons op 3 mei ontvangen'])
    expect(passives('U bent uitgenodigd voor een gesprek.')).toEqual(['bent uitgenodigd'])
    expect(passives('De kosten zijn al betaald.')).toEqual(['zijn al betaald'])
    expect(passives('Uw bezwaar is ongegrond verklaard.')).toEqual(['is ongegrond verklaard'])
  })

  it('finds separable, inseparable and irregular participles', () => {
    expect(passives('De subsidie is toegekend.')).toEqual(['is toegekend'])
    expect(passives('Het plan is opgenomen in de begroting.')).toEqual(['is opgenomen'])
    expect(passives('Uw vergunning wordt verleend.')).toEqual(['wordt verleend'])
    expect(passives('Het besluit wordt herzien.')).toEqual(['wordt herzien'])
    expect(passives('De regels worden erkend.')).toEqual(['worden erkend'])
    expect(passives('Het formulier werd ondertekend.')).toEqual(['werd ondertekend'])
    expect(passives('Het bedrag wordt teruggevorderd.')).toEqual(['wordt teruggevorderd'])
    expect(passives('De stukken worden u toegezonden.')).toEqual(['worden u toegezonden'])
  })

  it('marks the participle before its auxiliary in a subordinate clause', () => {
    expect(passives('Wij weten dat de subsidie toegekend is.')).toEqual(['toegekend is'])
    expect(passives('Het formulier kan online aangevraagd worden.')).toEqual(['aangevraagd worden'])
    expect(passives('Het is duidelijk dat het formulier ingevuld moet worden.')).toEqual(['ingevuld moet worden'])
    expect(passives('U krijgt bericht zodra uw aanvraag is goedgekeurd.')).toEqual(['is goedgekeurd'])
  })

  it('reads on past a pronoun to the participle, also when an object follows', () => {
    expect(passives('Daarom wordt u verzocht de stukken op te sturen.')).toEqual(['wordt u verzocht'])
  })

  it('does not fire on the perfect of verbs that take "zijn"', () => {
    for (const text of [
      'Hij is gisteren gekomen.',
      'Zij zijn om tien uur vertrokken.',
      'Mijn vader is vorig jaar overleden.',
      'De cursus is begonnen.',
      'Wat is er gebeurd?',
      'De kosten zijn flink gestegen.',
      'Hij is in Utrecht aangekomen.',
      'De termijn is verstreken.',
      'Het is gelukt.',
      'Het is gebleken dat de regels onduidelijk zijn.',
      'Zij is vorig jaar gepromoveerd.',
      'De situatie is sindsdien verbeterd.',
      'Het ijs is gesmolten.',
    ]) {
      expect([text, passives(text)]).toEqual([text, []])
    }
  })

  it('does not fire on adjectives that look like participles, or on worden as a main verb', () => {
    for (const text of [
      'Hij wordt ziek.',
      'Hij wordt gewoon boos.',
      'Dat is geschikt voor u.',
      'Ik ben tevreden.',
      'Het is bekend dat hij komt.',
      'De balie is gesloten.',
      'U bent verplicht om te komen.',
      'Zij is gezond.',
      'Hij is getrouwd.',
      'Het wordt een mooie dag.',
    ]) {
      expect([text, passives(text)]).toEqual([text, []])
    }
  })

  it('does not fire on "zijn" as a possessive or on participles used as nouns and attributes', () => {
    for (const text of [
      'Hij heeft zijn aanvraag ingediend.',
      'Hij deelde zijn gedachten.',
      'Dit zijn de gevolgen.',
      'Er zijn gemeenten die meedoen.',
      'Het is een gesloten systeem.',
      'Dit is het gebied.',
      'Het is een goed geregeld systeem.',
    ]) {
      expect([text, passives(text)]).toEqual([text, []])
    }
  })

  it('reads on to the participle when the word before the auxiliary only looks like one', () => {
    expect(passives('Het is erg dat een hele groep zo met geweld wordt verbonden.')).toEqual(['wordt verbonden'])
  })

  it('does not look past a clause boundary for the participle', () => {
    expect(passives('Het is laat, dus de balie gaat dicht.')).toEqual([])
    expect(passives('Het is duidelijk dat wij het formulier hebben ontvangen.')).toEqual([])
  })

})
