import { describe, expect, it } from 'vitest';
import {
  classifyEmail,
  contactsNameAPerson,
  isSoleTraderLegalName,
  isStructureEmail,
  looksLikePersonName,
  placeNameIsAPerson,
  redactFreeText,
  type StructureContext,
} from '../../../../scripts/lib/hub/personal-data';
import { ACRONYMS } from '../../../../scripts/lib/hub/title-case';

const bibliothequeDeCellettes: StructureContext = { ownNames: ['BIBLIOTHEQUE CELLETTES', 'CELLETTES'] };

describe('classifyEmail: structure mailboxes are kept', () => {
  it.each([
    ['contact@betamachine.fr', { ownNames: ['BETAMACHINE'] }],
    ['accueil@cellettes41.fr', bibliothequeDeCellettes],
    ['epn@ville-tours.fr', { ownNames: ['EPN FONTAINES', 'TOURS'] }],
    ['mediatheque@ville-vierzon.fr', { ownNames: ['MEDIATHEQUE PAUL ELUARD', 'VIERZON'] }],
    ['msap.saulzaislepotier@cdc-berry-grand-sud.fr', { ownNames: ['MSAP DE SAULZAIS-LE-POTIER', 'SAULZAIS-LE-POTIER'] }],
    ['bibliothequedeplaimpied@orange.fr', { ownNames: ['BIBLIOTHEQUE MUNICIPALE', 'PLAIMPIED-GIVAUDINS'] }],
    ['odarpa@orange.fr', { ownNames: ['ASSOCIATION ODARPA', 'O.D.A.R.P.A'] }],
    ['mdj@montargis.fr', { ownNames: ['Maison des Jeunes de Montargis'] }],
    ['aurore.informatique@orange.fr', { ownNames: ['Association Aurore'] }],
    ['Direction@assoclaac.fr', { ownNames: ['CLAAC'] }],
  ] as const)('%s', (email, context) => {
    expect(classifyEmail(email, context)).toEqual({ kind: 'structure', email: email.toLowerCase() });
  });

  it('uses the names of the region’s communes (a library mailbox named after a commune déléguée)', () => {
    const context = { ownNames: ['BIBLIOTHEQUE DE VALENCISSE'], communeKeys: new Set(['molineuf']) };
    expect(isStructureEmail('bibliotheque.molineuf@orange.fr', context)).toBe(true);
    expect(isStructureEmail('bibliotheque.molineuf@orange.fr', { ownNames: ['BIBLIOTHEQUE DE VALENCISSE'] })).toBe(false);
  });
});

describe('classifyEmail: personal addresses are refused', () => {
  it.each([
    ['emeline.campo@bge-cher.com', { ownNames: ['LA FABRIQUE 18', 'BGE CHER'] }, 'personal'],
    ['s.pensuet@aselqo.asso.fr', { ownNames: ['ASELQO GARE'] }, 'personal'],
    ['jc.thuillier@adminformatique.fr', { ownNames: ["ECW L'ARRIVOIR"] }, 'personal'],
    ['jacky.cyberal@gmail.com', { ownNames: ['CYBERAL'] }, 'personal'],
    ['joanne@mouleagaufres.com', { ownNames: ['MOULE A GAUFRES'] }, 'personal'],
    ['monique.morin0618@orange.fr', { ownNames: ['MEDIATHEQUE CDC COEUR DE BERRY'] }, 'personal'],
    ['franckpichon@neuf.fr', { ownNames: ['ATELIER NUMERIQUE ROMORANTIN'] }, 'uncertain'],
    ['kouache@gmail.com', { ownNames: ['ANNA (BGE CHER)'] }, 'uncertain'],
  ] as const)('%s is %s', (email, context, kind) => {
    expect(classifyEmail(email, context).kind).toBe(kind);
  });

  it('refuses a first name even when the rest of the address is the structure’s', () => {
    expect(isStructureEmail('marie.mediatheque@ville-luce.fr', { ownNames: ['MEDIATHEQUE GEORGE-SAND LUCE'] })).toBe(false);
  });

  it('calls malformed values invalid', () => {
    expect(classifyEmail('msap.chateaumeillant.fr', { ownNames: [] }).kind).toBe('invalid');
    expect(classifyEmail('numérique@cria41.org', { ownNames: [] }).kind).toBe('invalid');
  });
});

describe('people in free text and names', () => {
  it('recognises people’s names in c_contacts and not structures', () => {
    expect(looksLikePersonName('Thierry Maury')).toBe(true);
    expect(looksLikePersonName('Mme KURT')).toBe(true);
    expect(looksLikePersonName('Marjorie')).toBe(true);
    expect(looksLikePersonName("Mairie de Saint Martin d'Abbat")).toBe(false);
  });

  it('says whether a c_contacts value points at a person', () => {
    const context = { ownNames: ['ASELQO CARMES'] };
    expect(contactsNameAPerson('Nelly Charret et Brice Deguay', context)).toBe(true);
    expect(contactsNameAPerson('catherine.lenoble@funlab.fr, regie@funlab.fr', { ownNames: ['FUNLAB'] })).toBe(true);
    expect(contactsNameAPerson('#N/D', context)).toBe(false);
    expect(contactsNameAPerson('regie@funlab.fr, contact@funlab.fr', { ownNames: ['FUNLAB'] })).toBe(false);
  });

  it('recognises a place named after its Promeneur du Net, not a place in capitals', () => {
    expect(placeNameIsAPerson('Pierre Trouvé', ACRONYMS)).toBe(true);
    expect(placeNameIsAPerson('BANDITS MAGES', ACRONYMS)).toBe(false);
    expect(placeNameIsAPerson('ANNA (BGE CHER)', ACRONYMS)).toBe(false);
    expect(placeNameIsAPerson('Médiathèque Bernadette Aleton', ACRONYMS)).toBe(false);
  });

  it('recognises the INSEE form of a sole trader’s legal name', () => {
    expect(isSoleTraderLegalName('LE MOAL*/JULIE  /')).toBe(true);
    expect(isSoleTraderLegalName('FAUVET*FAUVET-BODIN/CORINNE ANNE-MARIE /')).toBe(true);
    expect(isSoleTraderLegalName('COMMUNE DE BOURGES')).toBe(false);
    expect(isSoleTraderLegalName('TIVOLI INITIATIVES : ESPACE HABITAT JEUNES')).toBe(false);
  });

  it('takes personal e-mails and mobile numbers out of free text, keeps structure ones and landlines', () => {
    const context = { ownNames: ['EPN SANITAS'] };
    const { text, removed } = redactFreeText(
      'Écrire à jean.dupont@gmail.com ou epn@sanitas.fr ; tél. 06 12 34 56 78 ou 02 47 37 07 89',
      context,
    );
    expect(text).toBe('Écrire à [courriel retiré] ou epn@sanitas.fr ; tél. [numéro retiré] ou 02 47 37 07 89');
    expect(removed).toEqual(['courriel', 'mobile']);
  });
});
