/**
 * Words too common to search on, per language (folded). Dropping them keeps queries fast and
 * stops "de" or "the" from matching every passage.
 */
export const STOP_WORDS = new Set(
  (
    // French
    'a au aux avec ce ces cette c ca d dans de des du elle elles en et eu il ils je l la le les leur leurs lui ma mais me meme mes moi mon ' +
    'n ne nos notre nous on ou par pas pour qu que qui quoi quel quelle quels quelles s sa se ses son sur ta te tes toi ton tu un une vos votre vous ' +
    'y ete etre est sont ont avait etait sera seront fait faire lors selon entre ainsi aussi plus tres tout tous toute toutes deux ' +
    'comme dont depuis apres avant sous chez vers cela celui celle ceux donc or ni car si ' +
    // English
    'an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our she so ' +
    'than that the their them then there these they this those to us was we were what when where which while who whom whose why will with ' +
    'would you your did do does about also after before between during over under up out'
  ).split(' '),
);

/** Question words: they ask, they are not what is asked about. */
export const QUESTION_WORDS = new Set(
  (
    'qui quoi quel quels quelle quelles comment pourquoi quand combien est-ce what who whom which how why when where whose did does do tell show list liste montre donne dis ' +
    // Arabic, folded (no hamza on alef, final ya for alef maqsura): question words and the
    // particles a question is built with ("من التقى بوتين؟", "ماذا قال عن ...").
    'من ماذا ما متي اين كيف لماذا هل مع عن في علي الي و او ب ل بين خلال حول بشان'
  ).split(' '),
);
