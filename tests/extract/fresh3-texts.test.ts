/**
 * The third fresh entity set (tests/fixtures/fresh3/entity): its loader settings and its gold.
 * The texts live outside the repository (SILKMAP_FRESH3_TEXTS), so the loader must skip cleanly
 * without them and must not pick up another set's folder. The gold checks never run the extractor:
 * neither half may be run before the lead's one run at the end of the session.
 */
import { describeFreshEntityGold, describeFreshEntityLoader } from '../helpers/fresh-entity-gold.ts';
import { BATCHES, MANIFEST_PATH, drawFresh3 } from '../fixtures/fresh3/entity/draw.ts';

const DIR = 'tests/fixtures/fresh3/entity';
const EARLIER_MANIFESTS = [
  'tests/fixtures/fresh/entity/manifest.json',
  'tests/fixtures/fresh/relation/manifest.json',
  'tests/fixtures/fresh2/entity/manifest.json',
  'tests/fixtures/fresh2/relation/manifest.json',
];

describeFreshEntityLoader('fresh3');

describeFreshEntityGold({ number: 3, dir: DIR, setName: 'fresh3', manifestPath: MANIFEST_PATH, batches: BATCHES, draw: (entries) => drawFresh3(entries), earlierManifests: EARLIER_MANIFESTS });
