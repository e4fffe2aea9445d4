// Built-in scenarios for path mode, taken as they are from scenarios/ (the same files the scenario CLI
// and the machine tests run), so the examples cannot drift from the contract.
import herAllegation from '../../../scenarios/her-allegation-school-staff.json?raw';
import herHub from '../../../scenarios/her-hub-school-not-consulted.json?raw';
import herHousing from '../../../scenarios/her-ir-housing-rent-arrears.json?raw';
import leiStrategy from '../../../scenarios/lei-strategy-discussion.json?raw';
import linOutOfHours from '../../../scenarios/lin-saturday-online-form-significant-harm-bst.json?raw';

export interface ScenarioExample {
  id: string;
  label: string;
  text: string;
}

export const SCENARIO_EXAMPLES: ScenarioExample[] = [
  { id: 'lei-strategy-discussion', label: 'Leicester: front door to a strategy discussion', text: leiStrategy },
  { id: 'lin-saturday-online-form-significant-harm-bst', label: 'Lincolnshire: Saturday evening, out of hours', text: linOutOfHours },
  { id: 'her-hub-school-not-consulted', label: 'Hertfordshire: school sent to the Consultation Hub', text: herHub },
  { id: 'her-allegation-school-staff', label: 'Hertfordshire: allegation against school staff', text: herAllegation },
  { id: 'her-ir-housing-rent-arrears', label: 'Hertfordshire information request: housing, no consent', text: herHousing },
];
