/** Merging the same incident reported by several outlets (pure; the store side is lib/store/merge.ts). */
export { sourceKey, allSources, stampPrimary, withOwnFigures, fillSource } from './sources';
export {
  figureOptions,
  figureKey,
  conservativeFigure,
  conservativeFloor,
  figuresDisagree,
  chooseFigure,
  useConservativeFigure,
  MergeError,
  type FigureOption,
} from './figures';
export { addAsSource, splitSource, splitRecordId, type SplitOptions } from './merge';
