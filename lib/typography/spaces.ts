/** The no-break spaces of French typography: before `:`, inside guillemets, before `%`. */
export const NBSP = '\u00A0';
/** The narrow no-break space: before `; ! ?`, between digit groups. */
export const NNBSP = '\u202F';
