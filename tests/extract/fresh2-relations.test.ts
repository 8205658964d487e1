/**
 * The second fresh relation part (tests/fixtures/fresh2/relation/, i14-gold8): the committed seeded,
 * genre-stratified split (recomputed with draw.ts), the gold files' format and halves (sentences located by
 * offsets, never quoted), that both halves cover every relation type, that no page repeats one of any other
 * fresh manifest, and that the training reads it only as FRESH_RELATION_SETS says (its two fresh parts,
 * since i14-rel7). When SILKMAP_FRESH2_RELATION_TEXTS names the texts' folder, every text is hash- and
 * length-checked and every pair's sentence read from it; otherwise that check is skipped with a message.
 * The checks are every genre-stratified part's (tests/helpers/fresh-relation-gold.ts); the loader itself
 * is the first part's (tests/extract/fresh-relations.test.ts). Files only: never the extractor or the classifier.
 */
import { describeFreshRelationGold } from '../helpers/fresh-relation-gold.ts';

describeFreshRelationGold('fresh2', { texts: 42, tuning: 21 });
