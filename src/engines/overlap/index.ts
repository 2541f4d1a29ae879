/** Overlap detection for the systems map: overlapping initiatives, silo signals, the matrix. See README.md. */
export { systemsMap } from './overlap.ts';
export type {
  MatrixRow,
  Named,
  Overlap,
  Silo,
  SystemsMap,
  SystemsMapInput,
} from './types.ts';
