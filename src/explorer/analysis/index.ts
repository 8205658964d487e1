export { startMeasures, useMeasures } from './useMeasures.ts';
export { measuresOfColumns, measuresRequest, type MeasuresRequest, type MeasuresResponse } from './protocol.ts';
