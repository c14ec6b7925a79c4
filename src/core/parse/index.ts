export {
  normalizeUnit,
  canonicalUnit,
  unitCategory,
  isMoneyUnit,
  convertFactor,
  unitsCompatible,
  convertValue,
  isKnownUnit,
} from './units';
export type { NormalizedUnit, UnitCategory } from './units';
export {
  parseQuantity,
  parseDecimalLoose,
  readNumber,
  isPlausibleUnit,
  applyMultiplier,
  isPercentFormat,
  unitFromNumberFormat,
} from './parseNumber';
export type { Quantity, ParseQuantityOptions } from './parseNumber';
export { parseComparator, parseTarget, parseActual } from './parseTarget';
export type {
  Op,
  Target,
  Actual,
  TargetContext,
  ActualContext,
  QualitativeReason,
  UnreadableReason,
} from './parseTarget';
export { classifyBand } from './bands';
export type { Band } from './bands';
