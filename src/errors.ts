/**
 * A failure caused by the user's input or environment (bad options, an
 * unreadable root, invalid settings). The CLI prints its message without a
 * stack trace and exits 2.
 */
export class UserError extends Error {
  override name = 'UserError';
}
