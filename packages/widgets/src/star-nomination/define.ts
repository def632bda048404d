// Registers <lc-star-nomination> and <lc-provider> (so an enclosing provider configures it).
import '../provider/lc-provider.js';
import { defineElement } from '../shared/define.js';
import { LcStarNomination } from './star-nomination.js';

defineElement('lc-star-nomination', LcStarNomination);

export { LcStarNomination };
export type { DistrictOption } from './districts.js';
export type { NominationCompleteDetail, NominationErrorDetail, NominationStepDetail } from './events.js';
