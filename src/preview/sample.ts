/**
 * The example document of the preview page: a municipal letter and an
 * excerpt from a policy note, with the exclusionary and officialese wording
 * woordwijs is meant to catch. Invented text; any likeness is the genre's.
 */
import type { ParagraphPart } from '../word/host.js'

export interface SampleParagraph {
  readonly text: string
  readonly part?: ParagraphPart
  readonly style?: 'title' | 'heading' | 'normal' | 'small'
}

export const SAMPLE_DOCUMENT: readonly SampleParagraph[] = [
  { text: 'Gemeente Lindenwaard · Afdeling Samenleving · Postbus 120 · 4300 AC Lindenwaard', part: 'header', style: 'small' },
  { text: 'Betreft: uw aanvraag bijzondere bijstand', style: 'heading' },
  { text: 'Geachte heer, mevrouw,' },
  {
    text:
      'Hiermede delen wij u mede dat wij uw aanvraag inzake bijzondere bijstand van 3 oktober jl. in behandeling hebben genomen. ' +
      'Indien u tot de minima behoort, komt u mogelijk tevens in aanmerking voor een tegemoetkoming in de kosten van de energierekening.',
  },
  {
    text:
      'Teneinde uw aanvraag te kunnen beoordelen, verzoeken wij u gaarne om binnen twee weken de hiernavolgende stukken te overleggen: ' +
      'uw laatste drie loonstroken en een afschrift van uw bankrekening.',
  },
  {
    text:
      'Alvorens wij een besluit nemen, kan een medewerker u thuis bezoeken. Bent u doof of slechtziend, of spreekt u de Nederlandse taal ' +
      'niet goed, laat het ons dan weten. Wij zorgen dan voor een tolk.',
  },
  { text: 'Met vriendelijke groet,' },
  { text: 'namens het college van burgemeester en wethouders,' },
  { text: 'Afdeling Samenleving' },
  { text: 'Uit de beleidsnotitie ‘Samen in de wijk 2027’', style: 'heading' },
  {
    text:
      'In de wijk Oosterpark wonen relatief veel allochtonen en ouderen. Thans is de deelname van allochtone bewoners aan ' +
      'activiteiten in het buurthuis laag, hetgeen mede veroorzaakt wordt doordat veel laaggeletterden de uitnodigingen niet lezen.',
  },
  {
    text:
      'Middels een wijkaanpak willen wij de zelfredzaamheid van kwetsbare groepen vergroten. Wij zetten tevens in op het ' +
      'activeren van uitkeringsgerechtigden en het ondersteunen van gehandicapten bij het vinden van passend werk.',
  },
  {
    text:
      'Voorts onderzoekt de gemeente derhalve of autochtone en allochtone jongeren samen kunnen sporten in het nieuwe ' +
      'sportpark, teneinde de sociale cohesie in de wijk te versterken.',
  },
  { text: 'Deze notitie is vastgesteld op 12 november 2026.', part: 'footer', style: 'small' },
]
