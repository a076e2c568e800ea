/**
 * The earliest date this rule set assesses: statsansatteloven and statsansatteforskriften took effect on
 * 1 July 2017. Earlier dates (tjenestemannsloven) are rejected by the schema.
 */
export const EARLIEST_AS_OF = '2017-07-01';
