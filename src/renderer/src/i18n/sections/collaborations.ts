import type { Section } from '../sections';

/** Messages of the collaborations domain (src/main/collaborations): cards, stages, codes, links, files. */
export const section: Section = {
  en: {
    errors: {
      validation: { rules: { codeChars: 'Use letters, digits, - and _ only (no spaces or umlauts).' } },
      domain: {
        collaborations: {
          notFound: 'This collaboration no longer exists (it may have been deleted).',
          stageNotFound: 'This stage no longer exists (it may have been removed).',
          codeNotFound: 'This voucher code no longer exists.',
          templateNotFound: 'This e-mail template no longer exists.',
          linkNotFound: 'This tracking link no longer exists.',
          attachmentNotFound: 'This file no longer exists.',
          noFreeCode: 'No free variant of the code {{code}} was found; choose another pattern.',
          codeTaken: 'The code {{code}} is already used by {{name}} in “{{campaign}}”.',
          badUrl: '{{url}} is not a valid web address.',
          httpOnly: 'Use an address starting with http:// or https://.',
          noBaseUrl: 'The campaign has no base URL; set one on the campaign or enter one here.',
          attachmentOutside: 'The file lies outside the data folder and was not opened.',
          badBase64: 'The file could not be read; try adding it again.',
          fileEmpty: 'The file is empty.',
          fileTooLarge: 'The file is larger than {{mb}} MB.',
          fileMissing: 'The file {{fileName}} is missing from the data folder.',
          stageElsewhere: 'This stage belongs to another campaign.',
          noStages: 'The campaign has no stages; add a stage first.',
          noStageToRestore: 'The campaign has no stage to restore the card into; add a stage first.',
          foreignChannel: 'This channel does not belong to this influencer.',
          foreignDeliverable: 'This deliverable does not belong to this card.',
          cardRemoved: 'This card was removed from the board; restore it first.',
          moveOtherCampaign: 'A card can only move between the stages of its own campaign.',
          stageNeedsName: 'Give the new stage a name.',
          stagesOnce: 'List each of the campaign’s stages exactly once.',
          lastStage: 'A campaign needs at least one stage.',
          moveToRemoved: 'Cards cannot move to the stage being removed.',
          moveToOtherCampaign: 'Cards can only move to a stage of the same campaign.',
          stageHoldsCards: 'This stage still holds cards ({{count}}); choose the stage they move to.',
        },
      },
    },
    card: {
      history: {
        events: {
          contacted: 'Contacted',
          restored: 'Back on the board in “{{stage}}”',
          stage_removed: 'Moved here because its stage was removed',
          deadline_moved: 'Deadline moved from {{from}} to {{to}}',
          payment_status_reset: 'Payment status set to “{{status}}” (update)',
          payment_status_reset_why:
            'Cards from before this update had “Agreed” as a default, whatever their stage. The fee counts as a cost once it is agreed, so this card’s status was set back; set it to “Agreed” if the fee is agreed.',
        },
      },
    },
  },
  de: {
    errors: {
      validation: { rules: { codeChars: 'Nur Buchstaben, Ziffern, - und _ (keine Leerzeichen oder Umlaute).' } },
      domain: {
        collaborations: {
          notFound: 'Diese Kooperation gibt es nicht mehr (vielleicht wurde sie gelöscht).',
          stageNotFound: 'Diese Phase gibt es nicht mehr (vielleicht wurde sie entfernt).',
          codeNotFound: 'Diesen Gutscheincode gibt es nicht mehr.',
          templateNotFound: 'Diese E-Mail-Vorlage gibt es nicht mehr.',
          linkNotFound: 'Diesen Tracking-Link gibt es nicht mehr.',
          attachmentNotFound: 'Diese Datei gibt es nicht mehr.',
          noFreeCode: 'Zum Code {{code}} wurde keine freie Variante gefunden; wähle ein anderes Muster.',
          codeTaken: 'Der Code {{code}} wird schon von {{name}} in „{{campaign}}“ verwendet.',
          badUrl: '{{url}} ist keine gültige Webadresse.',
          httpOnly: 'Verwende eine Adresse, die mit http:// oder https:// beginnt.',
          noBaseUrl: 'Die Kampagne hat keine Basis-URL; trage eine in der Kampagne oder hier ein.',
          attachmentOutside: 'Die Datei liegt außerhalb des Datenordners und wurde nicht geöffnet.',
          badBase64: 'Die Datei konnte nicht gelesen werden; füge sie noch einmal hinzu.',
          fileEmpty: 'Die Datei ist leer.',
          fileTooLarge: 'Die Datei ist größer als {{mb}} MB.',
          fileMissing: 'Die Datei {{fileName}} fehlt im Datenordner.',
          stageElsewhere: 'Diese Phase gehört zu einer anderen Kampagne.',
          noStages: 'Die Kampagne hat keine Phasen; lege zuerst eine Phase an.',
          noStageToRestore: 'Die Kampagne hat keine Phase, in die die Karte zurückkann; lege zuerst eine Phase an.',
          foreignChannel: 'Dieser Kanal gehört nicht zu dieser Person.',
          foreignDeliverable: 'Diese Leistung gehört nicht zu dieser Karte.',
          cardRemoved: 'Diese Karte wurde vom Board genommen; stelle sie zuerst wieder her.',
          moveOtherCampaign: 'Eine Karte kann nur zwischen den Phasen ihrer eigenen Kampagne wandern.',
          stageNeedsName: 'Gib der neuen Phase einen Namen.',
          stagesOnce: 'Nenne jede Phase der Kampagne genau einmal.',
          lastStage: 'Eine Kampagne braucht mindestens eine Phase.',
          moveToRemoved: 'Karten können nicht in die Phase verschoben werden, die entfernt wird.',
          moveToOtherCampaign: 'Karten können nur in eine Phase derselben Kampagne verschoben werden.',
          stageHoldsCards: 'In dieser Phase liegen noch Karten ({{count}}); wähle die Phase, in die sie wandern.',
        },
      },
    },
    card: {
      history: {
        events: {
          contacted: 'Angeschrieben',
          restored: 'Zurück auf dem Board in „{{stage}}“',
          stage_removed: 'Hierher verschoben, weil ihre Phase entfernt wurde',
          deadline_moved: 'Frist verschoben von {{from}} auf {{to}}',
          payment_status_reset: 'Zahlungsstatus auf „{{status}}“ gesetzt (Update)',
          payment_status_reset_why:
            'Karten von vor diesem Update hatten „Vereinbart“ als Vorgabe, egal in welcher Phase. Das Honorar zählt erst als Kosten, wenn es vereinbart ist, deshalb wurde der Status zurückgesetzt; stelle ihn auf „Vereinbart“, wenn das Honorar vereinbart ist.',
        },
      },
    },
  },
};
