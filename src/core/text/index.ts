export { toSimplified, simplifiedCharOf, TRADITIONAL_CHAR_COUNT } from './toSimplified';
export {
  foldWidth,
  removeWhiteSpace,
  compactText,
  normalizeLabel,
  dropRomanisation,
  labelMatches,
  labelStartsWith,
  stripParenthetical,
  extractPoints,
  extractPointsDecimal,
} from './normalizeLabel';
