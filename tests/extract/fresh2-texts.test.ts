/**
 * The second fresh entity set (tests/fixtures/fresh2/entity): its loader settings and its gold.
 * The texts live outside the repository (SILKMAP_FRESH2_TEXTS), so the loader must skip cleanly
 * without them and must not pick up the first set's folder. The gold checks never run the
 * extractor: the test half is frozen until the lead's one run, and neither half may be run before it.
 */
import { describeFreshEntityGold, describeFreshEntityLoader } from '../helpers/fresh-entity-gold.ts';
import { BATCHES, MANIFEST_PATH, drawFresh2 } from '../fixtures/fresh2/entity/draw.ts';

const DIR = 'tests/fixtures/fresh2/entity';

describeFreshEntityLoader('fresh2');

describeFreshEntityGold({ number: 2, dir: DIR, setName: 'fresh2', manifestPath: MANIFEST_PATH, batches: BATCHES, draw: (entries) => drawFresh2(entries), earlierManifests: ['tests/fixtures/fresh/entity/manifest.json', 'tests/fixtures/fresh/relation/manifest.json'] });
