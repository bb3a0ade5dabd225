/** The mark on the header of every column the add-in adds to a user's ledger, for people to see. */
export const OWNED_MARK = "【台账助手】";
