// The dashboard's parts for the policy language's newer terms, loaded together and only
// for a contract whose policy has scopes, plans, conditions or remedies.

export { AverageRuleText, AverageWasText } from './AverageRule';
export { ConditionChecklist } from './Conditions';
export { PlanPicker } from './PlanPicker';
export { RemediesOwed } from './Remedies';
export { ScopeNote, ScopeSections } from './ScopeSections';
