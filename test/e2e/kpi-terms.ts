/** The KPI terms of PRODUCT.md §3, in screen order: e2e tests read the <dd> after each. */
export const KPI_TERMS = [
  'Deliveries to date',
  'Target',
  'Remaining',
  'Days left',
  'Required per day',
  'Current pace per day',
  'Projected total',
  'Chance to reach target',
  'Production to date',
  'Open backlog',
  'Inventory',
  'Best day',
];
