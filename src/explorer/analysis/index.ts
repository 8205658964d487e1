export { startMeasures, useMeasures } from './useMeasures.ts';
export { networkOnly, type MeasuresRequest, type MeasuresResponse } from './protocol.ts';
