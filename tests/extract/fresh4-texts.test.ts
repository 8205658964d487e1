/**
 * The fourth fresh entity set (tests/fixtures/fresh4/entity): its loader settings and its gold.
 * The texts live outside the repository (SILKMAP_FRESH4_TEXTS), so the loader must skip cleanly
 * without them and must not pick up another set's folder. The gold checks never run the extractor:
 * neither half may be run before the lead's one run at the end of the session.
 */
import { describeFreshEntityGold, describeFreshEntityLoader } from '../helpers/fresh-entity-gold.ts';
import { BATCHES, MANIFEST_PATH, drawFresh4 } from '../fixtures/fresh4/entity/draw.ts';

const DIR = 'tests/fixtures/fresh4/entity';
const EARLIER_MANIFESTS = [
  'tests/fixtures/fresh/entity/manifest.json',
  'tests/fixtures/fresh/relation/manifest.json',
  'tests/fixtures/fresh2/entity/manifest.json',
  'tests/fixtures/fresh2/relation/manifest.json',
  'tests/fixtures/fresh3/entity/manifest.json',
  'tests/fixtures/fresh3/relation/manifest.json',
];

describeFreshEntityLoader('fresh4');

describeFreshEntityGold({ number: 4, dir: DIR, setName: 'fresh4', manifestPath: MANIFEST_PATH, batches: BATCHES, draw: (entries) => drawFresh4(entries), earlierManifests: EARLIER_MANIFESTS });
