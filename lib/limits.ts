/** Size limits of a chat request, shared by the API schema and the question box so both say the same. */

/** Longest question, in characters (the question box shows a counter against it). */
export const MAX_QUESTION_CHARS = 2000;
/** Longest history message part sent back to the server, in characters. */
export const MAX_MESSAGE_CHARS = 8000;
/** Most messages in one request (history plus the question). */
export const MAX_MESSAGES = 40;
