/**
 * The third fresh relation part (tests/fixtures/fresh3/relation/, i14-gold9), built like the second: the
 * committed seeded, genre-stratified split (recomputed with draw.ts), the gold files' format and halves
 * (sentences located by offsets, never quoted), that both halves cover every relation type, that no page
 * repeats one of any other fresh manifest, and that neither training script reads it (FRESH_RELATION_SETS
 * marks it so). When SILKMAP_FRESH3_RELATION_TEXTS names the texts' folder, every text is hash- and
 * length-checked and every pair's sentence read from it; otherwise that check is skipped with a message.
 * The checks are every genre-stratified part's (tests/helpers/fresh-relation-gold.ts). Files only: never
 * the extractor or the classifier.
 */
import { describeFreshRelationGold } from '../helpers/fresh-relation-gold.ts';

describeFreshRelationGold('fresh3', { texts: 42, tuning: 22 });
