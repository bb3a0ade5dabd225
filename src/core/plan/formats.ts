/** Number formats the plans use. Dates as 公文 tables write them; percentages with two decimals. */
export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0.00%";
export const AMOUNT_FORMAT = "0.00";
export const INTEGER_FORMAT = "0";
