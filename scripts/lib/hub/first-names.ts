/**
 * Common French first names, folded (lower case, no accents). Used only as a
 * guard: an e-mail address or a text containing one of them is treated as a
 * person's unless the word also belongs to the place's own name (a library
 * named after Louis Aragon is still a library).
 */
export const COMMON_FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  adeline adrien agathe agnes aicha alain alban albert alexandra alexandre alexis alice aline alix amandine amelie
  ana anais andre andrea angelique anne annabel annabelle annick annie anthony antoine antonin arnaud arthur aude
  audrey aurelie aurelien aurore axel baptiste barbara bastien beatrice benedicte benjamin benoit bernadette bernard
  bertrand blandine boris brice brigitte bruno camille carine carole caroline catherine cecile celia celine chantal
  charles charlotte chloe christel christelle christian christiane christine christophe claire clara claude claudette
  claudine clement colette coline coralie corinne cyril cyrille dalila damien daniel daniele danielle david delphine
  denis denise didier dominique dylan edith edouard elisabeth elise elodie eloise emeline emilie emma emmanuel
  emmanuelle eric estelle esther etienne eugenie eva evelyne fabien fabienne fabrice fanny fatima fawzi flavien
  florence florent florian francine franck francois francoise frederic frederique gabriel gael gaelle gaetan
  genevieve georges gerald gerard germaine gilbert gilles ginette gisele gregory guillaume guy gwenaelle helene
  henri herve hugo hugues ingrid irene isabelle jack jackie jacky jacqueline jacques jannick jean jeanne jenny
  jeremie jeremy jerome jessica joanne joel joelle johan johanna jonathan jordan joseph josette josiane julia julie
  julien juliette justine karim karine kevin laetitia lakdar laura laure laurence laurent lea leo leon lise lisa
  louis louise luc lucas lucie lucien ludmilla ludovic lydie madeleine manon marc marcel margaret margot marguerite
  maria marie marine marion marjorie marlene martine marylene mathias mathieu mathilde matthieu maurice max maxime
  melanie mélissa michel michele micheline mickael mireille monique morgane mourad muriel myriam nadege nadia
  nadine natacha nathalie nazir nelly nicolas nicole noel noelle noemie odette odile olivier pascal pascale patrice
  patricia patrick paul paule pauline philippe pierre pierrette quentin rachel raphael raymond regine regis remi
  renaud rene richard robert rodolphe roger roland romain rose sabine sabrina salim samuel sandra sandrine sarah
  sebastien serge severine simon simone solene sonia sophie stephane stephanie suzanne sylvain sylvie thibault
  thierry thomas tony valentin valerie vanessa veronique victor victorien vincent virginie xavier yacine yann
  yannick yoann youssef yves yvette yvonne zoe
  `
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
);
