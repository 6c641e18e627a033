/**
 * EVAL_HIDE_HELDOUT=1 runs the eval without reading the held-out sets at all: their rows, totals and
 * summary column are absent ("n/a"). Anyone tuning runs the eval this way, so no figure they see carries
 * held-out signal; the held-out column is read only by whoever reports the round's honest figures.
 */
export const heldOutHidden = (): boolean => process.env.EVAL_HIDE_HELDOUT === '1';
