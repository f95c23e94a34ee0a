import type { DocumentRule, RuleFinding } from '../types.js';

const AGENCY = String.raw`(?:AP|AFP|dpa|DPA|Reuters|REUTERS|Getty(?: Images)?|EPA|EPA-EFE|imago(?: images)?|picture alliance|Shutterstock|PA(?: Wire| Media)?|Xinhua|KCNA|Anadolu|Bloomberg|Alamy|Keystone|SWNS|Rex|ZUMA)`;

/**
 * "Foto: KCNA/AP", "Photograph: Kim Hong-Ji/Reuters", "(Bild: Getty)" at the
 * end of a body block, or a block that is only a credit. Captions may carry
 * credits; body text may not.
 */
const CREDIT = new RegExp(
  String.raw`(?:^|(?<=[.!?“”"»«)]\s*)|\()(?:Foto|Fotos|Photo|Photos|Photograph|Bild|Bilder|Image|Picture|Credit|Quelle|Source)\s*:\s*(?:[^.!?:\n]{0,60}?(?:/\s*|\b)${AGENCY}\b[^.!?\n]{0,30}?|[\p{Lu}][^.!?:\n]{0,40}/[^.!?:\n]{1,40}?)\)?\s*$`,
  'u',
);

/** Every credit has one. */
const COLON = /:/;

export const photoCredit: DocumentRule = {
  meta: {
    id: 'photo-credit',
    category: 'boilerplate',
    severity: 'minor',
    description: 'A photo credit ("Foto: KCNA/AP") scraped into the body text.',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    for (const block of doc.blocksContaining(COLON)) {
      if (block.kind === 'caption' || block.kind === 'headline') continue;
      const text = doc.blockText(block);
      const m = CREDIT.exec(text);
      if (!m || m.index === undefined) continue;
      const start = block.start + m.index;
      const credit = m[0].trim();
      findings.push({
        start,
        end: start + m[0].trimEnd().length,
        // No suggestion: deleting it loses the credit, which belongs in the picture's caption.
        message: `Photo credit "${credit}" inside the article text: move it to the picture's caption (deleting it would lose the credit).`,
      });
    }
    return findings;
  },
};
