export { startMeasures, useMeasures } from './use-measures.ts';
export { measuresOfColumns, measuresRequest, type MeasuresRequest, type MeasuresResponse } from './protocol.ts';
